import Testing
@testable import TextSegmentation

