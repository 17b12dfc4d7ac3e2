import Testing
@testable import LegalTimeline

