import Testing

@testable import TimeTagger
