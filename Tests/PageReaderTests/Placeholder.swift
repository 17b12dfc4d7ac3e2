import Testing
@testable import PageReader
