import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// An unstated fact is unknown, never "no": roles, holdings, control and
/// duties say what they assumed and what stays open, each on the smallest
/// chain that shows it.
@Suite struct OpenWorldTests {
  // Without `derived_from` the pre-trainer role is assumed and says so;
  // `derived_from: []` states it, with nothing assumed.
  @Test(arguments: [("", true), (", derived_from: []", false)])
  func thePreTrainerRoleIsAssumedWhenLineageIsUnstated(lineage: String, assumed: Bool)
    throws
  {
    let graph = try chain(
      """
      parties:
        - {id: lab, name: Lab, kind: company}
      models:
        - {id: m, name: M, developer: lab\(lineage)}
      """)
    let roles = graph.roleAssignments().filter { graph.ids[$0.party] == "lab" }
    #expect(roles.map(\.role) == [.preTrainer])
    let role = try #require(roles.first)
    #expect(role.assumed.isEmpty == !assumed)
    if assumed {
      #expect(
        role.assumed == [
          "the lineage of m is not stated (derived_from): it may derive from another model"
        ])
      #expect(role.reason.contains("the file does not state its lineage"))
    } else {
      #expect(role.reason == "lab develops m, which derives from no other model")
    }
  }

  // A link whose relation is not stated still says the model derives from
  // another: its developer is a modifier, never a pre-trainer.
  @Test func aBaseLinkWithoutItsRelationMakesNoPreTrainer() throws {
    let graph = try chain(
      """
      parties:
        - {id: lab, name: Lab, kind: company}
        - {id: tuner, name: Tuner, kind: company}
      models:
        - {id: base, name: Base, developer: lab, derived_from: []}
        - {id: m, name: M, developer: tuner, derived_from: [{model: base}]}
      """)
    let roles = graph.roleAssignments().filter { graph.ids[$0.party] == "tuner" }
    #expect(!roles.map(\.role).contains(.preTrainer))
    #expect(roles.map(\.role).contains(.modifier))
  }

  // A product that uses a model runs it only when the file says so
  // (`runs: self-hosted`): only then does its vendor control that copy.
  @Test(arguments: [("[m]", false), ("[{model: m, runs: self-hosted}]", true)])
  func aVendorControlsAModelCopyOnlyWhenItRunsIt(uses: String, controls: Bool) throws {
    let graph = try chain(
      """
      parties:
        - {id: lab, name: Lab, kind: company}
        - {id: shop, name: Shop, kind: company}
      models:
        - {id: m, name: M, developer: lab, derived_from: []}
      products:
        - {id: app, name: App, vendor: shop, uses: \(uses)}
      """)
    let holdings = InformationHoldings(graph)
    let shop = try #require(graph.node("shop"))
    let m = try #require(graph.node("m"))
    #expect((holdings.controlling(shop, .shutDownRunningCopy, over: m) != nil) == controls)
    #expect((holdings.controlling(shop, .modifyRunningCopy, over: m) != nil) == controls)
    // It knows of incidents with the model either way.
    #expect(holdings.holding(shop, .incidentDetails, about: m) != nil)
  }

  // Art 53(1)(a) on an open Apache-2.0 model: whether the Art 53(2)
  // exemption applies turns on monetisation. Unstated: open, with what
  // stating it would do; stated, it settles.
  @Test(arguments: [
    ("", "open"), (", monetized: false", "exempt"), (", monetized: true", "owes"),
    (", monetized: unknown", "open"),
  ])
  func anExemptionOnAnUnstatedFactLeavesTheDutyOpen(monetized: String, outcome: String)
    throws
  {
    let report = try duties(
      "eu-ai-act",
      gpaiChain(
        model:
          "weights: open, license: Apache-2.0, training_compute_flop: 1.0e24, derived_from: []"
          + monetized))
    let assignment = report.assignments.first { $0.rule.id == "eu-ai-act/53-1-a" }
    let exempt = report.exempt.first { $0.rule.id == "eu-ai-act/53-1-a" }
    switch outcome {
    case "exempt":
      #expect(assignment == nil)
      #expect(exempt != nil)
    case "owes":
      #expect(assignment?.outcome == .owes)
      #expect(assignment?.openOn.isEmpty == true)
    default:
      let open = try #require(assignment)
      #expect(open.outcome == .open)
      let fact = try #require(open.openOn.first)
      #expect(fact.fact == "monetized")
      #expect(fact.exempts)
      #expect(fact.effect.contains("lab is exempt"))
      #expect(exempt == nil)
    }
  }

  // A condition on an unstated fact: "may owe if", never a bare "owes".
  @Test(arguments: [
    ("", Outcome?.some(.open)), (", interacts_with_people: true", .owes),
    (", interacts_with_people: false", nil),
  ])
  func aConditionOnAnUnstatedFactIsOpen(facts: String, outcome: Outcome?) throws {
    let report = try duties(
      "eu-ai-act",
      """
      parties:
        - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
      products:
        - {id: app, name: App, vendor: shop, markets: [EU]\(facts)}
      """)
    let assignment = report.assignments.first { $0.rule.id == "eu-ai-act/50-1" }
    #expect(assignment?.outcome == outcome)
    if outcome == .open {
      #expect(assignment?.openOn.map(\.fact) == ["interacts_with_people"])
      #expect(assignment?.openOn.first?.exempts == false)
    }
  }

  // Lists are facts too: `generates` left out is unknown; `[]` states none.
  @Test(arguments: [
    ("", Outcome?.some(.open)), (", generates: [text]", .owes),
    (", generates: []", nil),
  ])
  func anUnstatedListIsUnknownNotEmpty(facts: String, outcome: Outcome?) throws {
    let report = try duties(
      "eu-ai-act",
      """
      parties:
        - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
      products:
        - {id: app, name: App, vendor: shop, markets: [EU], functions: []\(facts)}
      """, asOf: "2027-01-01")
    #expect(report.assignments.first { $0.rule.id == "eu-ai-act/50-2" }?.outcome == outcome)
  }

  // A product's users left out: Colorado's consumer notice (6-1-1704) is
  // open, not absent.
  @Test(arguments: [
    ("", Outcome?.some(.open)), (", users: consumers", .owes),
    (", users: businesses", nil),
  ])
  func unstatedUsersLeaveTheConsumerNoticeOpen(facts: String, outcome: Outcome?) throws {
    let report = try duties(
      "co-sb24-205",
      """
      parties:
        - {id: shop, name: Shop, kind: company, jurisdictions: [US-CO]}
      products:
        - {id: app, name: App, vendor: shop, markets: [US-CO], risk_areas: []\(facts)}
      """, asOf: "2026-07-01")
    #expect(
      report.assignments.first { $0.rule.id == "co-sb24-205/1704" }?.outcome == outcome)
  }

  // `explain`: every rule that did not apply, with its reason.
  @Test func explainSaysWhyEachRuleDidNotApply() throws {
    let graph = try chain(
      gpaiChain(model: "weights: closed, training_compute_flop: 1.0e24, derived_from: []"),
      asOf: "2026-09-01")
    let regime = try #require(BuiltinRegimes.regime("eu-ai-act"))
    let report = DutyEngine.evaluate(regime, on: graph, explain: true)
    let unapplied = Dictionary(
      report.unapplied.map { ($0.rule.id, $0) }, uniquingKeysWith: { a, _ in a })
    // Not yet in force on the date, with the date it applies from.
    #expect(unapplied["eu-ai-act/16"]?.reason == .notInForce)
    #expect(unapplied["eu-ai-act/16"]?.detail.contains("2027-12-02") == true)
    // No party holds the role.
    #expect(unapplied["eu-ai-act/53-1-a-modifier"]?.reason == .roleAbsent)
    // A threshold unmet, with the numbers.
    let notApplied = try #require(report.notApplied)
    let systemic = try #require(notApplied.first { $0.rule.id == "eu-ai-act/52-1" })
    #expect(graph.ids[systemic.party] == "lab")
    #expect(systemic.reason.contains("1.0e24"))
    #expect(systemic.reason.contains("1.0e25"))
    // Without `explain` nothing is collected.
    #expect(DutyEngine.evaluate(regime, on: graph).notApplied == nil)
  }

  // An unidentified supplier gets no conclusion beyond its facts: its
  // pre-trainer role is assumed, and it holds only what that role gives.
  @Test func anUnidentifiedSupplierIsNamedAsSuch() throws {
    let graph = try chain(
      """
      parties:
        - {id: supplier, identified: false}
        - {id: vendor, name: Vendor, kind: company, jurisdictions: [CA]}
      models:
        - {id: m, identified: false, developer: supplier}
      products:
        - {id: bot, name: Bot, vendor: vendor, uses: [m], markets: [CA]}
      """)
    let supplier = try #require(graph.node("supplier"))
    #expect(graph.name(of: supplier) == "an unidentified party (supplier)")
    let roles = graph.roleAssignments().filter { $0.party == supplier }
    #expect(roles.map(\.role) == [.preTrainer])
    #expect(roles.allSatisfy { !$0.assumed.isEmpty })
    let holdings = InformationHoldings(graph)
    #expect(holdings.items(of: supplier).allSatisfy { !$0.holding.assumed.isEmpty })
  }
}
