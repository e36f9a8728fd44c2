import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// California's 2026 laws on the smallest chains that show their hardest
/// distinctions, written from the texts (Civ. Code §§ 3110-3111, 1714.46;
/// Bus. & Prof. Code §§ 22601-22604) rather than from the tool's output.
@Suite struct California2026Tests {
  /// A base model by `lab` (US) and a model by `tuner` (US-CA) derived from
  /// it by `relation`, with the derived model's facts spliced in, offered in
  /// California by `shop`.
  static func fineTune(relation: String, model: String, users: String = "consumers") -> String {
    """
    parties:
      - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
      - {id: tuner, name: Tuner, kind: company, jurisdictions: [US-CA]}
      - {id: shop, name: Shop, kind: company, jurisdictions: [US-CA]}
    datasets:
      - {id: crawl, name: Crawl, publisher: lab}
      - {id: own, name: Own data, publisher: tuner}
    models:
      - {id: base, name: Base, developer: lab, released: 2024-01-01, generates: [text], weights: open, license: Apache-2.0, trained_on: [crawl], derived_from: []}
      - {id: tune, name: Tune, developer: tuner, trained_on: [own], derived_from: [{model: base, relation: \(relation)}], \(model)}
    products:
      - {id: app, name: App, vendor: shop, uses: [{model: tune, runs: self-hosted}], markets: [US-CA], users: \(users)}
    """
  }

  static let ownData = "ca-ab2013/3111-modifier-own-data"
  static let upstream = "ca-ab2013/3111-modifier-upstream"

  /// (relation, the derived model's facts, the products' users, what the
  /// tuner owes for certain, what is open).
  static let ab2013Cases: [(String, String, String, [String], [String])] = [
    // §3110(b), (d): a fine-tune made publicly available is a substantial
    // modification; its developer owes the documentation, on both readings.
    (
      "finetune", "released: 2026-01-01, generates: [text], weights: open", "consumers",
      [ownData, upstream], []
    ),
    // A quantization is read as no material change to functionality.
    ("quantize", "released: 2026-01-01, generates: [text], weights: open", "consumers", [], []),
    // Closed weights, but a product offered to businesses runs it: public.
    (
      "adapter", "released: 2026-01-01, generates: [image], weights: closed", "businesses",
      [ownData, upstream], []
    ),
    // Closed and used only in-house: not made available to the public.
    ("finetune", "released: 2026-01-01, generates: [text], weights: closed", "internal", [], []),
    // Generates nothing synthetic (a classifier): not generative AI.
    ("finetune", "released: 2026-01-01, generates: [], weights: open", "consumers", [], []),
    // The file does not say what it generates: open, never "no".
    ("finetune", "released: 2026-01-01, weights: open", "consumers", [], [ownData, upstream]),
    // Released before 2022: outside §3111.
    ("finetune", "released: 2021-12-31, generates: [text], weights: open", "consumers", [], []),
  ]

  @Test(arguments: ab2013Cases)
  func ab2013ReachesASubstantialModifier(
    relation: String, model: String, users: String, owed: [String], open: [String]
  ) throws {
    let report = try duties(
      "ca-ab2013", Self.fineTune(relation: relation, model: model, users: users),
      asOf: "2026-06-01")
    #expect(assigned(report, party: "tuner") == owed.sorted(), "\(relation) \(model)")
    let opened = report.assignments.filter { $0.outcome == .open }.map(\.rule.id).sorted()
    #expect(opened == open.sorted(), "\(relation) \(model)")
    // The pre-trainer's own duty holds whatever the modifier did.
    #expect(assigned(report, party: "lab") == ["ca-ab2013/3111-pre-trainer"])
  }

  // On the wider reading the modifier must describe the base's pre-training
  // data, which only the pre-trainer holds: misallocated, naming it. On the
  // reading applied (its own data) nothing is misallocated.
  @Test func theWiderReadingIsMisallocatedToTheModifier() throws {
    let graph = try chain(
      Self.fineTune(
        relation: "finetune", model: "released: 2026-01-01, generates: [text], weights: open"),
      asOf: "2026-06-01")
    let regime = try #require(BuiltinRegimes.regime("ca-ab2013"))
    let report = DutyEngine.evaluate(regime, on: graph)
    let findings = report.findings.filter { graph.ids[$0.party] == "tuner" }
    #expect(findings.count == 1)
    let finding = try #require(findings.first)
    #expect(finding.kind == .misallocated)
    #expect(finding.rule.id == Self.upstream)
    #expect(finding.rule.status == .unverified)
    #expect(finding.holders.map { graph.ids[$0] } == ["lab"])
    #expect(finding.item == "training-data")
    // The rule applied says its reading; the other is the wider one.
    let own = try #require(regime.rules.first { $0.id == Self.ownData })
    #expect(own.status == .verified)
    #expect((own.title ?? "").contains("the reading applied: the modifier's own datasets"))
    let wider = try #require(regime.rules.first { $0.id == Self.upstream })
    #expect((wider.title ?? "").contains("the wider reading"))
  }

  // Civ. Code § 1714.46: "developed, modified, or used". On an incident's
  // path the pre-trainer, the modifier, the API provider and the product's
  // vendor are named; the host that only runs the hardware and the dataset
  // publisher are not. The rule makes no one answer for the harm.
  @Test func ab316NamesWhoDevelopedModifiedOrUsedTheAI() throws {
    let path = rulesRoot.appendingPathComponent(
      "Tests/LiabilityRulesTests/Fixtures/ab316-path.yaml"
    ).path
    let document = try #require(Loader.load(path: path).document)
    let regime = try #require(BuiltinRegimes.regime("ca-ab316"))
    let trace = try IncidentTrace.trace(document, incident: "harm", regimes: [regime])
    var named: [String: [String]] = [:]
    for party in trace.parties {
      let id = trace.graph.ids[party.party]
      named[id] =
        party.duties.filter { $0.regime == "ca-ab316" }.flatMap(\.assignments).map {
          trace.graph.ids[$0.subject]
        }
    }
    #expect(named["labco"] == ["m"])
    #expect(named["finetco"] == ["m-ft"])
    #expect(named["apico"] == ["api"])
    #expect(named["appco"] == ["app"])
    #expect(named["hostco"] == [])
    #expect(named["dataco"] == [])
    #expect(regime.rules.allSatisfy { !$0.answersForHarm })
    #expect(regime.enforcement?.privateRightOfAction == true)
  }

  /// (the product's `functions`, whether its vendor owes the SB 243 duties:
  /// true, false, or nil for open).
  static let sb243Cases: [(String, Bool?)] = [
    ("functions: [companion-chatbot]", true),
    // §22601(b)(2)(A): a customer-service bot is no companion chatbot.
    ("functions: []", false),
    ("functions: [assistive-editing]", false),
    // Not stated: open.
    ("interacts_with_people: true", nil),
  ]

  @Test(arguments: sb243Cases)
  func sb243FallsOnTheOperator(functions: String, owes: Bool?) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
        - {id: palco, name: PalCo, kind: company, jurisdictions: [US]}
      models:
        - {id: m, name: M, developer: lab, weights: closed, derived_from: []}
      products:
        - {id: pal, name: Pal, vendor: palco, uses: [{model: m, runs: self-hosted}], markets: [US-CA], users: consumers, \(functions)}
      """
    let report = try duties("ca-sb243", yaml, asOf: "2026-06-01")
    // The model's developer is never the operator.
    #expect(!report.assignments.contains { $0.reasons.first?.hasPrefix("lab ") == true })
    let rules = ["ca-sb243/22602-a", "ca-sb243/22602-b", "ca-sb243/22602-c", "ca-sb243/22604"]
    switch owes {
    case true?: #expect(assigned(report, party: "palco") == rules)
    case false?: #expect(report.assignments.isEmpty)
    case nil:
      #expect(report.assignments.map(\.outcome) == Array(repeating: .open, count: 4))
    }
    // §22603's annual reports begin 1 July 2027.
    #expect(!report.assignments.contains { $0.rule.id == "ca-sb243/22603" })
  }

  /// (the product's facts, its model's weights, what the vendor owes for
  /// its product, what the developer owes for the model).
  static let sb942Cases: [(String, String, [String], [String])] = [
    // §22757.1: over 1,000,000 monthly users, image output.
    (
      "generates: [image], monthly_users: 3.0e6", "weights: open, license: Apache-2.0",
      ["ca-sb942/22757.2", "ca-sb942/22757.3-a", "ca-sb942/22757.3-b"],
      ["ca-sb942/22757.3-c-1", "ca-sb942/22757.3-c-2"]
    ),
    // Exactly 1,000,000 is not over it.
    ("generates: [image], monthly_users: 1.0e6", "weights: open, license: Apache-2.0", [], []),
    // Text only: the disclosures are for image, video and audio.
    ("generates: [text], monthly_users: 3.0e6", "weights: open, license: Apache-2.0", [], []),
    // Closed weights: no licensee to bind, the system duties only.
    (
      "generates: [audio], monthly_users: 3.0e6", "weights: closed",
      ["ca-sb942/22757.2", "ca-sb942/22757.3-a", "ca-sb942/22757.3-b"], []
    ),
  ]

  @Test(arguments: sb942Cases)
  func sb942CoversProvidersOverAMillionUsers(
    product: String, weights: String, system: [String], licensing: [String]
  ) throws {
    // The developer runs the product itself; the model generates what the
    // product does.
    let generates = product.components(separatedBy: ",").first ?? ""
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US-CA]}
      models:
        - {id: m, name: M, developer: lab, \(generates), \(weights), derived_from: []}
      products:
        - {id: app, name: App, vendor: lab, uses: [{model: m, runs: self-hosted}], markets: [US-CA], users: consumers, \(product)}
      """
    let report = try duties("ca-sb942", yaml, asOf: "2026-09-01")
    let owed = report.assignments.filter { $0.outcome == .owes }
    #expect(owed.filter { $0.rule.role == "covered-provider" }.map(\.rule.id).sorted() == system)
    #expect(owed.filter { $0.rule.role == "covered-licensor" }.map(\.rule.id).sorted() == licensing)
    // Revoking an open licence is what no one can do over released weights.
    let findings = report.findings.filter { $0.rule.id == "ca-sb942/22757.3-c-2" }.map(\.kind)
    #expect(findings == (licensing.isEmpty ? [] : [.infeasible, .openSourceIncompatible]))
  }

  // A developer whose model's users the file does not record (it runs no
  // service of its own) is not read as under the threshold: open.
  @Test func sb942WithoutTheUsersIsOpen() throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US-CA]}
      models:
        - {id: m, name: M, developer: lab, generates: [video], weights: open, license: Apache-2.0, derived_from: []}
      """
    let report = try duties("ca-sb942", yaml, asOf: "2026-09-01")
    #expect(report.assignments.map(\.outcome) == [.open, .open])
    #expect(report.assignments.allSatisfy { $0.openOn.map(\.fact) == ["own_monthly_users"] })
  }
}
