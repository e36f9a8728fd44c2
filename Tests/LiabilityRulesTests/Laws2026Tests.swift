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

/// Marking as the file states it: a duty's `met_if` read three ways, and
/// the `marking` key checked where it is written.
@Suite struct MarkingTests {
  /// (the product's marking, how SB 942 §22757.3(b) and EU AI Act Art 50(2)
  /// read as stated).
  static let cases: [(String, StatedCompliance, StatedCompliance)] = [
    ("marking: {latent-disclosure: true}", .met, .met),
    ("marking: {latent-disclosure: false, watermark: true}", .notMet, .met),
    ("marking: {latent-disclosure: false, watermark: false}", .notMet, .notMet),
    // Art 50(2) may still be met by a watermark the file does not mention.
    ("marking: {latent-disclosure: false}", .notMet, .unstated),
    ("marking: {visible-label: true}", .unstated, .unstated),
    ("marking: {latent-disclosure: unknown}", .unstated, .unstated),
    ("functions: []", .unstated, .unstated),
  ]

  @Test(arguments: cases)
  func aMarkingDutyReadsAsTheFileStatesIt(
    marking: String, california: StatedCompliance, eu: StatedCompliance
  ) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US-CA]}
      models:
        - {id: m, name: M, developer: lab, generates: [image], weights: closed, derived_from: []}
      products:
        - {id: app, name: App, vendor: lab, uses: [{model: m, runs: self-hosted}], markets: [US-CA, EU], users: consumers, generates: [image], monthly_users: 3.0e6, released: 2026-09-01, \(marking)}
      """
    let sb942 = try duties("ca-sb942", yaml, asOf: "2027-03-01")
    let latent = try #require(sb942.assignments.first { $0.rule.id == "ca-sb942/22757.3-b" })
    #expect(latent.outcome == .owes)
    #expect(latent.compliance == california, "\(latent.complianceFacts)")
    let euReport = try duties("eu-ai-act", yaml, asOf: "2027-03-01")
    let marked = try #require(euReport.assignments.first { $0.rule.id == "eu-ai-act/50-2" })
    #expect(marked.compliance == eu, "\(marked.complianceFacts)")
    // The stated facts are named, never a bare verdict.
    #expect(!latent.complianceFacts.isEmpty && !marked.complianceFacts.isEmpty)
    // A rule that names no marking fact says nothing of compliance.
    let revoke = sb942.assignments.filter { $0.rule.id == "ca-sb942/22757.3-c-2" }
    #expect(revoke.allSatisfy { $0.compliance == nil })
  }

  /// (a `marking` entry, the code expected, the column of the problem).
  static let badMarking: [(String, DiagnosticCode, Int)] = [
    ("marking: {latent-disclosur: true}", .invalidValue, 49),
    ("marking: {c2pa: maybe}", .wrongType, 55),
    ("marking: [c2pa]", .wrongType, 48),
  ]

  @Test(arguments: badMarking)
  func badMarkingSaysWhere(entry: String, code: DiagnosticCode, column: Int) throws {
    let yaml = """
      format: liability-graph/1
      parties:
        - {id: lab, name: Lab, kind: company}
      products:
        - {id: app, name: App, vendor: lab, \(entry)}
      """
    let result = Loader.load(bytes: Array(yaml.utf8), file: "m.yaml", json: false)
    #expect(result.document == nil)
    let diagnostic = try #require(result.errors.first)
    #expect(diagnostic.code == code, "\(result.errors)")
    #expect(diagnostic.location.line == 5, "\(result.errors)")
    #expect(diagnostic.location.column == column, "\(result.errors)")
    if code == .invalidValue {
      #expect(diagnostic.message.contains("did you mean 'latent-disclosure'"))
    }
  }

  // Marking and digital_elements are written back as read.
  @Test func markingIsWrittenBack() throws {
    let path = RegimeSnapshotTests.fixtures.appendingPathComponent("marking.yaml").path
    let document = try #require(Loader.load(path: path).document)
    let text = DocumentWriter.text(document, as: .yaml)
    #expect(text.contains("license-forbids-removal: true"))
    #expect(text.contains("digital_elements: false"))
    let again = try #require(
      Loader.load(bytes: Array(text.utf8), file: "w.yaml", json: false).document)
    #expect(again.products[0].marking == document.products[0].marking)
    #expect(again.products[0].marking.stated(MarkingFact.canBeDisabled) == false)
    #expect(again.products[0].digitalElements == false)
    #expect(again.models[0].marking.stated(MarkingFact.licenseForbidsRemoval) == true)
  }

  // A pack's met_if is a condition like `when`: an unknown fact is an error
  // at its line, with the fact meant.
  @Test func aBadMetIfInAPackSaysWhere() {
    let pack = """
      format: liability-regime/1
      id: bad
      title: Bad
      kind: law
      scope: market
      jurisdictions: [DE]
      roles: {provider: {graph_roles: [product-vendor]}}
      rules:
        - id: bad/1
          duty: d
          role: provider
          citation: Art. 1
          status: verified
          met_if: {marking_latent_disclosur: true}
      """
    let result = RegimeLoader.load(text: pack, file: "bad.yaml")
    #expect(result.regime == nil)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    #expect(result.diagnostics.allSatisfy { $0.location.line == 14 }, "\(result.diagnostics)")
    #expect(
      result.diagnostics.contains { $0.message.contains("marking_latent_disclosure") },
      "\(result.diagnostics)")
  }
}

/// The Cyber Resilience Act: a product with digital elements, and the Art 14
/// reporting clocks from 11 September 2026.
@Suite struct CyberResilienceActTests {
  static let article14 = ["eu-cra/14-2", "eu-cra/14-4", "eu-cra/14-8"]
  static let all = ["eu-cra/13-1", "eu-cra/13-5", "eu-cra/13-6"] + article14

  /// (the product's digital_elements, the date, what the vendor owes for
  /// certain, what is open).
  static let cases: [(String, String, [String], [String])] = [
    // Before Art 14 applies: nothing.
    ("digital_elements: true", "2026-09-10", [], []),
    // Art 14 only, until 11 December 2027.
    ("digital_elements: true", "2026-09-11", article14, []),
    ("digital_elements: true", "2027-12-10", article14, []),
    // Everything after; the model is a third party's, so 13(5) too.
    ("digital_elements: true", "2027-12-11", all.sorted(), []),
    // A service used only online is not a product with digital elements.
    ("digital_elements: false", "2027-12-11", [], []),
    // Not stated: open, never "no".
    ("users: consumers", "2027-12-11", [], all.sorted()),
  ]

  @Test(arguments: cases)
  func aProductWithDigitalElementsBindsItsManufacturer(
    product: String, day: String, owed: [String], open: [String]
  ) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
        - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
      models:
        - {id: m, name: M, developer: lab, weights: closed, derived_from: []}
      services:
        - {id: api, name: API, provider: lab, model: m, regions: [EU]}
      products:
        - {id: app, name: App, vendor: shop, uses: [api], markets: [EU], \(product)}
      """
    let report = try duties("eu-cra", yaml, asOf: day)
    #expect(report.assignments.filter { $0.outcome == .owes }.map(\.rule.id).sorted() == owed)
    #expect(report.assignments.filter { $0.outcome == .open }.map(\.rule.id).sorted() == open)
    // The model developer and API provider is never the manufacturer.
    #expect(!report.assignments.contains { $0.reasons.first?.hasPrefix("lab ") == true })
  }

  // Art 14(2): 24 hours and 72 hours from the manufacturer's awareness; the
  // final report counts from a corrective measure the file does not record;
  // the users are told without undue delay; a severe incident stated false
  // gives no report.
  @Test func anExploitedVulnerabilityStartsThreeClocks() throws {
    let path = RegimeSnapshotTests.fixtures.appendingPathComponent("cra-products.yaml").path
    let document = try #require(Loader.load(path: path).document)
    let regime = try #require(BuiltinRegimes.regime("eu-cra"))
    let trace = try IncidentTrace.trace(document, incident: "exploited-2026", regimes: [regime])
    let rows = trace.deadlines.map { deadline in
      [
        trace.graph.ids[deadline.party], deadline.citation, deadline.due?.description ?? "-",
        deadline.within?.description ?? "-", deadline.open.isEmpty ? "set" : "open",
      ]
    }
    #expect(
      rows == [
        ["appco", "Art. 14(2)(a)", "2026-10-03", "24 hours", "set"],
        ["appco", "Art. 14(2)(b)", "2026-10-05", "72 hours", "set"],
        ["appco", "Art. 14(2)(c)", "-", "14 days", "open"],
        ["appco", "Art. 14(8)", "-", "-", "set"],
      ], "\(rows)")
    let final = try #require(trace.deadlines.first { $0.citation == "Art. 14(2)(c)" })
    #expect(
      final.open.contains { $0.contains("corrective or mitigating measure becoming available") })
    #expect(trace.deadlines.allSatisfy { $0.owedForCertain })
  }
}

/// A model hub: the hosting-platform role, and SB 942 §22757.3.2 on it.
@Suite struct HostingPlatformTests {
  static func hubChain(_ model: String) -> String {
    """
    parties:
      - {id: hub, name: Hub, kind: company, jurisdictions: [US-CA]}
      - {id: lab, name: Lab, kind: company, jurisdictions: [FR]}
    models:
      - {id: m, name: M, developer: lab, derived_from: [], distributed_by: [hub], \(model)}
    """
  }

  /// (the model's facts, the date, the platform's outcome or nil for no
  /// duty, the compliance as stated).
  static let cases: [(String, String, Outcome?, StatedCompliance?)] = [
    // §22757.3.2 applies from 1 January 2027.
    (
      "generates: [image], weights: open, marking: {latent-disclosure: true}", "2026-12-31", nil,
      nil
    ),
    (
      "generates: [image], weights: open, marking: {latent-disclosure: true}", "2027-01-01", .owes,
      .met
    ),
    (
      "generates: [audio], weights: gated, marking: {latent-disclosure: false}", "2027-01-01",
      .owes, .notMet
    ),
    ("generates: [video], weights: open", "2027-01-01", .owes, .unstated),
    // Text is not content the Act marks.
    ("generates: [text], weights: open", "2027-01-01", nil, nil),
    // Closed weights are not made available for download.
    ("generates: [image], weights: closed", "2027-01-01", nil, nil),
    // What it generates is not stated: open.
    ("weights: open", "2027-01-01", .open, .unstated),
  ]

  @Test(arguments: cases)
  func aHubMayNotKnowinglyOfferUnmarkedSystems(
    model: String, day: String, outcome: Outcome?, compliance: StatedCompliance?
  ) throws {
    let report = try duties("ca-sb942", Self.hubChain(model), asOf: day)
    let duty = report.assignments.first { $0.rule.id == "ca-sb942/22757.3.2" }
    #expect(duty?.outcome == outcome)
    #expect(duty?.compliance == compliance)
    if duty?.outcome == .owes {
      // The developer, not the hub, knows what the system does.
      let finding = try #require(report.findings.first { $0.rule.id == "ca-sb942/22757.3.2" })
      #expect(finding.kind == .misallocated)
      #expect(finding.holders.count == 1)
    }
  }

  @Test func distributedByGivesTheHostingPlatformRole() throws {
    let graph = try chain(Self.hubChain("weights: open"), asOf: "2027-01-01")
    let roles = graph.roleAssignments().filter { $0.role == .hostingPlatform }
    #expect(roles.map { graph.ids[$0.party] } == ["hub"])
    #expect(roles.first?.reason == "hub makes the weights of m available for download")
    // A platform the file does not define is an error where it is named.
    let bad = """
      format: liability-graph/1
      parties:
        - {id: lab, name: Lab, kind: company}
      models:
        - {id: m, name: M, developer: lab, distributed_by: [hugginface]}
      """
    let result = Loader.load(bytes: Array(bad.utf8), file: "h.yaml", json: false)
    #expect(result.document == nil)
    #expect(result.errors.map(\.code) == [.unknownReference], "\(result.errors)")
    #expect(result.errors.first?.location.line == 5)
  }
}

/// Connecticut SB 5: a frontier developer may not limit its liability for
/// catastrophic risk, so the contracts in the chain are checked against it.
@Suite struct ConnecticutTests {
  /// (the developer's compute, the contract's terms, the contract's date,
  /// the terms that do not hold, as "term for harms").
  static let cases: [(String, String, String, [String])] = [
    // A frontier developer's cap does not hold for catastrophic risk.
    (
      "3.0e26", "liability_cap_usd: 1.0e6", "2026-04-01",
      ["a liability cap of $1 million for death,physical-injury,property-damage"]
    ),
    // An exclusion of death does not hold; one of IP claims does.
    (
      "3.0e26", "excludes: [death, ip-infringement, physical-injury]", "2026-04-01",
      ["an exclusion of liability for death, physical-injury for death,physical-injury"]
    ),
    // Exactly 1e26 is not more than it: not a frontier model.
    ("1.0e26", "liability_cap_usd: 1.0e6", "2026-04-01", []),
    // A contract made after the evaluation date is not yet in the chain.
    ("3.0e26", "liability_cap_usd: 1.0e6", "2026-12-01", []),
    // An indemnity is not a limit.
    ("3.0e26", "indemnifies: {by: lab, for: [death]}", "2026-04-01", []),
  ]

  @Test(arguments: cases)
  func aFrontierDevelopersLimitsAreChecked(
    compute: String, terms: String, date: String, voided: [String]
  ) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US-CA], revenue_usd: 1.0e9}
        - {id: shop, name: Shop, kind: company, jurisdictions: [US-CT]}
        - {id: other, name: Other, kind: company, jurisdictions: [US-CT]}
      models:
        - {id: m, name: M, developer: lab, training_compute_flop: \(compute), weights: closed, derived_from: []}
      services:
        - {id: api, name: API, provider: lab, model: m, regions: [US-CT]}
      products:
        - {id: app, name: App, vendor: shop, uses: [api], markets: [US-CT], users: consumers}
      contracts:
        - {id: terms, parties: [lab, shop], date: \(date), \(terms)}
        - {id: unrelated, parties: [shop, other], date: 2026-04-01, liability_cap_usd: 10.0}
      """
    let report = try duties("ct-sb5", yaml, asOf: "2026-11-01")
    let rows = report.voidedTerms.map { "\($0.term) for " + $0.harms.joined(separator: ",") }
    #expect(rows == voided, "\(rows)")
    // Only the frontier developer's own contracts are checked.
    #expect(report.voidedTerms.allSatisfy { $0.contract == "terms" })
    #expect(report.voidedTerms.allSatisfy { $0.explanation.contains("catastrophic risk") })
    // The internal reporting process is owed by a large frontier developer.
    let frontier = compute == "3.0e26"
    #expect(
      report.assignments.contains { $0.rule.id == "ct-sb5/frontier-internal-reporting" }
        == frontier)
  }

  // A pack's voids_limits names harms the format knows.
  @Test func aBadVoidsLimitsSaysWhere() {
    let pack = """
      format: liability-regime/1
      id: bad
      title: Bad
      kind: law
      scope: market
      jurisdictions: [DE]
      roles: {provider: {graph_roles: [product-vendor]}}
      rules:
        - id: bad/1
          duty: d
          role: provider
          citation: Art. 1
          status: verified
          voids_limits: {harms: [deth]}
      """
    let result = RegimeLoader.load(text: pack, file: "bad.yaml")
    #expect(result.regime == nil)
    #expect(result.diagnostics.map(\.code) == [.invalidValue], "\(result.diagnostics)")
    #expect(result.diagnostics.first?.location.line == 14)
  }
}

/// Korea's AI Basic Act: operators and developers, and a domestic
/// representative whose thresholds the format records only in part.
@Suite struct KoreaTests {
  /// (the operator's jurisdictions and revenue, the representative's
  /// outcome, or nil for none).
  static let representativeCases: [(String, Outcome?)] = [
    // Foreign, over the revenue threshold: owed.
    ("jurisdictions: [US], revenue_usd: 2.0e9", .owes),
    // Foreign, under it: the other thresholds are not recorded, so open.
    ("jurisdictions: [US], revenue_usd: 1.0e7", .open),
    // Korean: not a foreign operator, whatever its revenue.
    ("jurisdictions: [KR], revenue_usd: 2.0e9", nil),
    // Where it is established is not stated: open, never "foreign".
    ("revenue_usd: 2.0e9", .open),
  ]

  @Test(arguments: representativeCases)
  func aForeignOperatorNeedsARepresentative(party: String, outcome: Outcome?) throws {
    let yaml = """
      parties:
        - {id: op, name: Op, kind: company, \(party)}
      models:
        - {id: m, name: M, developer: op, generates: [text], weights: closed, derived_from: []}
      services:
        - {id: api, name: API, provider: op, model: m, regions: [KR], generates: [text], functions: []}
      """
    let report = try duties("kr-ai-basic-act", yaml, asOf: "2026-06-01")
    let duty = report.assignments.filter { $0.rule.id == "kr-ai-basic-act/36" }
    #expect(duty.map(\.outcome) == (outcome.map { [$0] } ?? []))
    if outcome == .open, party.contains("revenue_usd: 1.0e7") {
      // It says what to check, in words.
      #expect(duty.first?.openOn.first?.effect.contains("over 1 million daily users") == true)
    }
  }

  /// (the product's own risk areas, whether the high-impact duties fall on
  /// the vendor).
  static let highImpactCases: [(String, [String])] = [
    ("[employment]", ["kr-ai-basic-act/34", "kr-ai-basic-act/35"]),
    ("[healthcare, housing]", ["kr-ai-basic-act/34", "kr-ai-basic-act/35"]),
    ("[housing]", []),
    ("[]", []),
  ]

  @Test(arguments: highImpactCases)
  func highImpactIsDefinedByUse(areas: String, owed: [String]) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [KR]}
        - {id: shop, name: Shop, kind: company, jurisdictions: [KR]}
      models:
        - {id: m, name: M, developer: lab, generates: [], weights: closed, derived_from: []}
      services:
        - {id: api, name: API, provider: lab, model: m, regions: [KR], generates: [], functions: []}
      products:
        - {id: app, name: App, vendor: shop, uses: [api], markets: [KR], users: businesses, risk_areas: \(areas), generates: [], functions: []}
      """
    let report = try duties("kr-ai-basic-act", yaml, asOf: "2026-06-01")
    let shop = report.assignments.filter { $0.reasons.first?.hasPrefix("shop ") == true }
    #expect(shop.filter { $0.outcome == .owes }.map(\.rule.id).sorted() == owed)
    // The API a high-impact product calls is not itself high-impact AI.
    #expect(
      !report.assignments.contains {
        $0.rule.id == "kr-ai-basic-act/34" && $0.reasons.first?.hasPrefix("lab ") == true
      })
  }
}

/// China's generative AI measures: services to the public, and a
/// training-data duty on the provider whoever trained the model.
@Suite struct ChinaTests {
  /// (the product's users, whether the vendor runs its own model, what the
  /// vendor owes for certain, whether the training-data duty is
  /// misallocated).
  static let cases: [(String, Bool, [String], Bool)] = [
    // A consumer app on another's model: owed, and the data is the
    // developer's.
    (
      "consumers", false,
      ["cn-genai/15", "cn-genai/7", "cn-genai/labels-explicit", "cn-genai/labels-implicit"], true
    ),
    // The vendor trained the model itself: it holds the data.
    (
      "consumers", true,
      ["cn-genai/15", "cn-genai/7", "cn-genai/labels-explicit", "cn-genai/labels-implicit"], false
    ),
    // Offered to businesses only: not a service to the public.
    ("businesses", false, [], false),
  ]

  @Test(arguments: cases)
  func aServiceToThePublicOwesItsTrainingData(
    users: String, ownModel: Bool, owed: [String], misallocated: Bool
  ) throws {
    let developer = ownModel ? "shop" : "lab"
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [CN]}
        - {id: shop, name: Shop, kind: company, jurisdictions: [CN]}
      models:
        - {id: m, name: M, developer: \(developer), generates: [text], weights: closed, derived_from: []}
      products:
        - {id: app, name: App, vendor: shop, uses: [{model: m, runs: self-hosted}], markets: [CN], users: \(users), generates: [text]}
      """
    let report = try duties("cn-genai", yaml, asOf: "2026-03-01")
    #expect(report.assignments.filter { $0.outcome == .owes }.map(\.rule.id).sorted() == owed)
    let finding = report.findings.first { $0.rule.id == "cn-genai/7" && $0.kind == .misallocated }
    #expect((finding != nil) == misallocated)
    if let finding { #expect(finding.holders.count == 1) }
  }

  // Before the Labelling Measures (1 September 2025), no label duty.
  @Test func labelsFromSeptember2025() throws {
    let yaml = """
      parties:
        - {id: shop, name: Shop, kind: company, jurisdictions: [CN]}
      models:
        - {id: m, name: M, developer: shop, generates: [image], weights: closed, derived_from: []}
      products:
        - {id: app, name: App, vendor: shop, uses: [{model: m, runs: self-hosted}], markets: [CN], users: consumers, generates: [image]}
      """
    let before = try duties("cn-genai", yaml, asOf: "2025-08-31").assignments.map(\.rule.id)
    #expect(before.sorted() == ["cn-genai/15", "cn-genai/7"])
    let after = try duties("cn-genai", yaml, asOf: "2025-09-01").assignments.map(\.rule.id)
    #expect(after.count == 4)
  }
}

/// Vietnam's recourse chain and AB 316's barred defence, as a trace shows
/// them.
@Suite struct RecourseAndDefenceTests {
  static func document(_ name: String) throws -> Document {
    let path = RegimeSnapshotTests.fixtures.appendingPathComponent("\(name).yaml").path
    return try #require(Loader.load(path: path).document)
  }

  // The deployer compensates and may recover from the provider and the
  // developer; the contract between the bank and the provider governs one
  // recourse, none is recorded for the other.
  @Test func theDeployerRecoversUpstreamUnderItsAgreements() throws {
    let regime = try #require(BuiltinRegimes.regime("vn-ai-law"))
    let trace = try IncidentTrace.trace(
      Self.document("vn-recourse"), incident: "wrong-refusal", regimes: [regime])
    let rows = trace.recourse.map { r in
      [trace.graph.ids[r.party]]
        + r.against.map {
          "\(trace.graph.ids[$0.party]):\($0.role):\($0.contracts.joined(separator: ","))"
        }
    }
    #expect(rows == [["hanoibank", "scoreco:provider:scoreco-bank", "lab:developer:"]], "\(rows)")
    #expect(trace.recourse.allSatisfy { !$0.open })
    // The bank answers for the harm under this law: its posture says so.
    let bank = try #require(trace.parties.first { trace.graph.ids[$0.party] == "hanoibank" })
    #expect(bank.postures.contains { $0.regime == "vn-ai-law" && $0.posture == .primary })
    // No serious incident: no report is due.
    #expect(trace.deadlines.isEmpty)
  }

  /// (the product's risk areas, its high_risk, the recourse: owed, open or
  /// none).
  static let highRiskCases: [(Bool, Bool?, String)] = [
    (true, nil, "owed"),
    // Not in a listed area, and the file does not say whether it is
    // high-risk: open, never "no".
    (false, nil, "open"),
    (false, false, "none"),
  ]

  @Test(arguments: highRiskCases)
  func onlyAHighRiskSystemGivesRecourse(lending: Bool, highRisk: Bool?, expected: String) throws {
    var document = try Self.document("vn-recourse")
    document.products[0].riskAreas = lending ? [.lending] : []
    document.products[0].highRisk = highRisk
    let regime = try #require(BuiltinRegimes.regime("vn-ai-law"))
    let trace = try IncidentTrace.trace(document, incident: "wrong-refusal", regimes: [regime])
    let found = trace.recourse.first.map { $0.open ? "open" : "owed" } ?? "none"
    #expect(found == expected)
  }

  // AB 316: every party that developed, modified or used the AI may not
  // plead its autonomy; the host is not named.
  @Test func ab316BarsTheAutonomyDefence() throws {
    let regime = try #require(BuiltinRegimes.regime("ca-ab316"))
    let trace = try IncidentTrace.trace(
      Self.document("ab316-path"), incident: "harm", regimes: [regime])
    let barred = trace.barredDefences.map { trace.graph.ids[$0.party] }
    #expect(Set(barred) == ["labco", "finetco", "apico", "appco"], "\(barred)")
    #expect(barred.count == 4)
    #expect(
      trace.barredDefences.allSatisfy { $0.defence == "that the AI autonomously caused the harm" })
  }
}
