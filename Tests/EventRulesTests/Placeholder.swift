import Testing

@testable import EventRules
