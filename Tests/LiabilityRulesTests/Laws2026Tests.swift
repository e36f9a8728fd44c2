import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// The 2026 laws outside California on the smallest chains that show their
/// hardest distinctions, written from the texts and summaries cited in each
/// pack rather than from the tool's output.
@Suite struct Laws2026Tests {
  static let provenance = ["wa-hb1170/provenance-data", "wa-hb1170/provenance-durability"]

  /// (the product's facts, the vendor's kind, what the vendor owes for
  /// certain, what is open).
  static let washingtonCases: [(String, String, [String], [String])] = [
    // Over 1,000,000 monthly users, consumers, image output: covered.
    ("generates: [image], monthly_users: 1.5e6, users: consumers", "company", provenance, []),
    // Exactly 1,000,000 is not over it.
    ("generates: [image], monthly_users: 1.0e6, users: consumers", "company", [], []),
    // Generative AI means image, audio or video here: text is not covered.
    ("generates: [text], monthly_users: 5.0e6, users: consumers", "company", [], []),
    // Not accessible to consumers for personal use.
    ("generates: [audio], monthly_users: 5.0e6, users: businesses", "company", [], []),
    // Governments are not covered providers.
    ("generates: [video], monthly_users: 5.0e6, users: consumers", "government", [], []),
    // The users are not stated: open, never "no".
    ("generates: [video], users: consumers", "company", [], provenance),
    // What it generates is not stated: open.
    ("monthly_users: 5.0e6, users: consumers", "company", [], provenance),
  ]

  @Test(arguments: washingtonCases)
  func washingtonCoversProvidersOverAMillionConsumers(
    product: String, kind: String, owed: [String], open: [String]
  ) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
        - {id: shop, name: Shop, kind: \(kind), jurisdictions: [US-OR]}
      models:
        - {id: m, name: M, developer: lab, generates: [image, video, audio, text], weights: closed, derived_from: []}
      products:
        - {id: app, name: App, vendor: shop, uses: [{model: m, runs: self-hosted}], markets: [US-WA], \(product)}
      """
    let report = try duties("wa-hb1170", yaml, asOf: "2027-03-01")
    let provider = report.assignments.filter { $0.rule.role == "covered-provider" }
    #expect(provider.filter { $0.outcome == .owes }.map(\.rule.id).sorted() == owed)
    #expect(provider.filter { $0.outcome == .open }.map(\.rule.id).sorted() == open)
    // The model developer is not the provider of the vendor's system.
    #expect(!report.assignments.contains { $0.reasons.first?.hasPrefix("lab ") == true })
  }

  // The pack encodes 1 February 2027 and says the sources conflict.
  @Test func washingtonSaysItsDateIsInConflict() throws {
    let regime = try #require(BuiltinRegimes.regime("wa-hb1170"))
    #expect(regime.inForceFrom == Day("2027-02-01"))
    #expect(
      regime.notices.contains { $0.id == "effective-date-conflict" && $0.text.contains("2028") })
    let yaml = """
      parties:
        - {id: shop, name: Shop, kind: company, jurisdictions: [US-WA]}
      products:
        - {id: app, name: App, vendor: shop, markets: [US-WA], generates: [image], monthly_users: 2.0e6, users: consumers}
      """
    #expect(try duties("wa-hb1170", yaml, asOf: "2027-01-31").assignments.isEmpty)
    #expect(try duties("wa-hb1170", yaml, asOf: "2027-02-01").assignments.count == 2)
  }

  /// (the product's functions, risk areas and vendor kind, the rules the
  /// vendor owes for certain, the rules open).
  static let texasCases: [(String, [String], [String])] = [
    // A stated function the prohibition names.
    ("functions: [csam-generation], risk_areas: []", ["tx-traiga/prohibited-deployment"], []),
    // A stated function it does not name.
    ("functions: [companion-chatbot], risk_areas: []", [], []),
    // Functions not stated: open on them, not read as innocent or guilty.
    ("risk_areas: []", [], ["tx-traiga/prohibited-deployment"]),
    // Health care offered to consumers: the disclosure.
    ("functions: [], risk_areas: [healthcare]", ["tx-traiga/health-care-disclosure"], []),
    // Areas not stated: whether it is health care is open.
    ("functions: []", [], ["tx-traiga/health-care-disclosure"]),
  ]

  @Test(arguments: texasCases)
  func texasTurnsOnStatedFunctions(product: String, owed: [String], open: [String]) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US-TX]}
        - {id: shop, name: Shop, kind: company, jurisdictions: [US-TX]}
      models:
        - {id: m, name: M, developer: lab, weights: open, license: Apache-2.0, derived_from: []}
      products:
        - {id: app, name: App, vendor: shop, uses: [{model: m, runs: self-hosted}], markets: [US-TX], users: consumers, \(product)}
      """
    let report = try duties("tx-traiga", yaml, asOf: "2026-06-01")
    #expect(report.assignments.filter { $0.outcome == .owes }.map(\.rule.id).sorted() == owed)
    #expect(report.assignments.filter { $0.outcome == .open }.map(\.rule.id).sorted() == open)
    // The developer of the open model is never reached by a function stated
    // downstream.
    #expect(!report.assignments.contains { $0.reasons.first?.hasPrefix("lab ") == true })
  }
}
