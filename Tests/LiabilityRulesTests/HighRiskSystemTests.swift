import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

/// A model served by an API that a product in the EU builds on; `service`
/// and `product` splice facts into the API and the product.
func systemChain(
  service: String = "", product: String = "", model: String = "weights: closed",
  deployers: String = ""
) -> String {
  """
  parties:
    - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
    - {id: apico, name: ApiCo, kind: company, jurisdictions: [IE]}
    - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
    - {id: city, name: City, kind: government, jurisdictions: [FR]}
    - {id: bank, name: Bank, kind: company, jurisdictions: [FR]}
  models:
    - {id: m, name: M, developer: lab, general_purpose: true, \(model)}
  services:
    - {id: api, name: API, provider: apico, model: m, regions: [EU]\(service)}
  products:
    - {id: app, name: App, vendor: shop, uses: [api], markets: [EU]\(product)\(deployers)}
  """
}

/// Rule ids `party` (by node id) owes for certain, sorted.
func rules(_ report: DutyReport, _ graph: SupplyChainGraph, party: String) -> [String] {
  report.assignments.filter { graph.ids[$0.party] == party && $0.outcome == .owes }
    .map(\.rule.id).uniqued().sorted()
}

/// Rule ids open for `party`: owed or not as an unstated fact decides.
func openRules(_ report: DutyReport, _ graph: SupplyChainGraph, party: String) -> [String] {
  report.assignments.filter { graph.ids[$0.party] == party && $0.outcome == .open }
    .map(\.rule.id).uniqued().sorted()
}

func euReport(_ yaml: String, asOf: String = "2027-12-15") throws -> (
  DutyReport, SupplyChainGraph
) {
  let graph = try chain(yaml, asOf: asOf)
  let regime = try #require(BuiltinRegimes.regime("eu-ai-act"))
  return (DutyEngine.evaluate(regime, on: graph), graph)
}

@Suite struct HighRiskSystemTests {
  // Annex III: employment is high-risk, legal services (a Colorado area,
  // not Annex III) is not; the file's own high_risk wins (Art 6(3)).
  @Test(arguments: [
    (", risk_areas: [employment]", true),
    (", risk_areas: [legal-services]", false),
    (", risk_areas: [employment], high_risk: false", false),
    (", high_risk: true", true),
  ])
  func highRiskFromAnnexIIIOrTheFile(product: String, highRisk: Bool) throws {
    let (report, graph) = try euReport(systemChain(product: product))
    let shop = rules(report, graph, party: "shop")
    #expect(shop.contains("eu-ai-act/16") == highRisk)
    #expect(shop.contains("eu-ai-act/73") == highRisk)
    // The model and API under a high-risk product: Art 25(4) agreements.
    #expect(rules(report, graph, party: "apico").contains("eu-ai-act/25-4") == highRisk)
    #expect(rules(report, graph, party: "lab").contains("eu-ai-act/25-4") == highRisk)
  }

  // Arts 16 and 73 as amended by Regulation (EU) 2026/1744: Annex III
  // systems from 2 December 2027 (enacted: 2 August 2026); Art 6(1)
  // systems (Annex I products and their safety components) from 2 August
  // 2028, shown as due from then once the rule is in force.
  @Test(
    arguments: [
      (", risk_areas: [education]", "2026-08-02", false, nil),
      (", risk_areas: [education]", "2027-12-01", false, nil),
      (", risk_areas: [education]", "2027-12-02", true, nil),
      (", high_risk: true, safety_component: true", "2027-12-01", false, nil),
      (", high_risk: true, safety_component: true", "2027-12-02", true, "2028-08-02"),
      (", high_risk: true, safety_component: true", "2028-08-02", true, nil),
    ] as [(String, String, Bool, String?)])
  func highRiskDutiesStartOnTheirDate(
    product: String, asOf: String, assigned: Bool, dueFrom: String?
  ) throws {
    let (report, graph) = try euReport(systemChain(product: product), asOf: asOf)
    let art16 = report.assignments.first {
      $0.rule.id == "eu-ai-act/16" && graph.ids[$0.party] == "shop"
    }
    #expect((art16 != nil) == assigned)
    #expect(art16?.dueFrom?.description == dueFrom)
    if let art16 {
      // The date rests on the Omnibus, read only in secondary sources.
      #expect(art16.status == .secondary)
      #expect(art16.rule.textStatus == .verified)
      #expect(art16.rule.enactedFrom?.description == "2026-08-02")
      #expect(art16.rule.amendedBy == ["omnibus-2026"])
    }
  }

  // Art 25(1)(a): a rebrand of a high-risk system makes the rebrander the
  // provider; Art 25(2): the initial provider must cooperate.
  @Test func rebrandOfAHighRiskSystem() throws {
    let yaml = systemChain(
      service: ", high_risk: true", product: ", system_changes: [{system: api, change: rebrand}]")
    let (report, graph) = try euReport(yaml)
    #expect(rules(report, graph, party: "shop").contains("eu-ai-act/25-1-a"))
    // The new provider reports serious incidents (Art 73) even though its
    // own product is not in an Annex III area.
    #expect(rules(report, graph, party: "shop").contains("eu-ai-act/73-new-provider"))
    #expect(rules(report, graph, party: "apico").contains("eu-ai-act/25-2"))
    // The high-risk API's provider is not its own Art 25(4) supplier.
    #expect(rules(report, graph, party: "apico").contains("eu-ai-act/16"))
    #expect(!rules(report, graph, party: "apico").contains("eu-ai-act/25-4"))
    // Rebranding a system that is not high-risk changes nothing here, and
    // the initial provider owes no cooperation.
    let (plain, plainGraph) = try euReport(
      systemChain(product: ", system_changes: [{system: api, change: rebrand}]"))
    #expect(!rules(plain, plainGraph, party: "shop").contains("eu-ai-act/25-1-a"))
    #expect(!rules(plain, plainGraph, party: "apico").contains("eu-ai-act/25-2"))
  }

  // Each Art 25(1) point is about one system: a rebrand of a high-risk API
  // and a substantial modification of another, ordinary one do not add up
  // to point (b).
  @Test func changesToDifferentSystemsDoNotMix() throws {
    let yaml =
      systemChain(
        service: ", high_risk: true",
        product:
          ", high_risk: true, system_changes: [{system: api, change: rebrand}, "
          + "{system: api2, change: substantial-modification}]"
      )
      .replacingOccurrences(
        of: "uses: [api]", with: "uses: [api, api2]"
      )
      .replacingOccurrences(
        of: "products:",
        with: "  - {id: api2, name: API2, provider: apico, model: m, regions: [EU]}\nproducts:")
    let (report, graph) = try euReport(yaml)
    let shop = rules(report, graph, party: "shop")
    #expect(shop.contains("eu-ai-act/25-1-a"))
    #expect(!shop.contains("eu-ai-act/25-1-b"))
  }

  // Art 25(1)(b): a substantial modification counts only if the system
  // stays high-risk.
  @Test(arguments: [(", high_risk: true", true), (", high_risk: false", false)])
  func substantialModification(product: String, applies: Bool) throws {
    let yaml = systemChain(
      service: ", high_risk: true",
      product: product + ", system_changes: [{system: api, change: substantial-modification}]")
    let (report, graph) = try euReport(yaml)
    #expect(rules(report, graph, party: "shop").contains("eu-ai-act/25-1-b") == applies)
  }

  // Art 25(1)(c): a general-purpose API put to an Annex III purpose; the
  // initial provider escapes Art 25(2) only if it excluded that use.
  @Test(arguments: [
    (", high_risk_use_excluded: false", true), (", high_risk_use_excluded: true", false),
  ])
  func newPurposeIntoHighRisk(service: String, cooperates: Bool) throws {
    let yaml = systemChain(
      service: service,
      product: ", risk_areas: [employment], system_changes: [{system: api, change: new-purpose}]")
    let (report, graph) = try euReport(yaml)
    let shop = rules(report, graph, party: "shop")
    #expect(shop.contains("eu-ai-act/25-1-c"))
    #expect(shop.contains("eu-ai-act/16"))
    #expect(rules(report, graph, party: "apico").contains("eu-ai-act/25-2") == cooperates)
    #expect(
      report.exempt.contains { $0.rule.id == "eu-ai-act/25-2" && $0.because.contains("25(2)") }
        == !cooperates)
    // A dated change is not there before its date.
    let dated = systemChain(
      product:
        ", risk_areas: [employment], system_changes: [{system: api, change: new-purpose, date: 2028-01-10}]"
    )
    let (early, earlyGraph) = try euReport(dated)
    #expect(!rules(early, earlyGraph, party: "shop").contains("eu-ai-act/25-1-c"))
    let (late, lateGraph) = try euReport(dated, asOf: "2028-01-10")
    #expect(rules(late, lateGraph, party: "shop").contains("eu-ai-act/25-1-c"))
  }

  // Whether the initial provider excluded a high-risk use is not stated:
  // it owes cooperation unless it did (open, not owed outright).
  @Test func cooperationOpenWhenTheExclusionIsNotStated() throws {
    let (report, graph) = try euReport(
      systemChain(
        product: ", risk_areas: [employment], system_changes: [{system: api, change: new-purpose}]")
    )
    #expect(!rules(report, graph, party: "apico").contains("eu-ai-act/25-2"))
    let cooperation = try #require(
      report.assignments.first { $0.rule.id == "eu-ai-act/25-2" && graph.ids[$0.party] == "apico" })
    #expect(cooperation.outcome == .open)
    #expect(cooperation.openOn.map(\.fact) == ["high_risk_use_excluded"])
    #expect(cooperation.openOn.first?.effect.contains("is exempt") == true)
  }

  // Art 25(4): the FOSS exemption covers components but never a
  // general-purpose model, and an open developer cannot name the
  // counterparty it would have to agree with.
  @Test func supplierAgreementAndTheOpenSourceCarveOut() throws {
    let open = "weights: open, license: Apache-2.0, monetized: false"
    let (gpai, gpaiGraph) = try euReport(
      systemChain(product: ", risk_areas: [employment]", model: open))
    #expect(rules(gpai, gpaiGraph, party: "lab").contains("eu-ai-act/25-4"))
    let finding = try #require(
      gpai.findings.first {
        $0.rule.id == "eu-ai-act/25-4" && gpaiGraph.ids[$0.party] == "lab"
          && $0.kind == .misallocated
      })
    #expect(finding.item == "customer-identity")
    let component = systemChain(
      product: ", risk_areas: [employment]", model: open
    ).replacingOccurrences(of: "general_purpose: true", with: "general_purpose: false")
    let (report, graph) = try euReport(component)
    #expect(!rules(report, graph, party: "lab").contains("eu-ai-act/25-4"))
    #expect(
      report.exempt.contains {
        $0.rule.id == "eu-ai-act/25-4" && graph.ids[$0.party] == "lab"
          && $0.because.contains("not general-purpose AI models")
      })
  }

  // Art 25(4) binds the provider of a high-risk system and a third party
  // that supplies it: a provider whose high-risk product runs its own model
  // has no one to agree with; a third party's model in it does.
  @Test(arguments: [("lab", false), ("shop", true)])
  func supplierAgreementNeedsAThirdParty(vendor: String, agreement: Bool) throws {
    let yaml = """
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [DE]}
        - {id: shop, name: Shop, kind: company, jurisdictions: [DE]}
      models:
        - {id: m, name: M, developer: lab, general_purpose: true, weights: closed}
      products:
        - {id: app, name: App, vendor: \(vendor), uses: [m], markets: [EU], risk_areas: [employment]}
      """
    let (report, graph) = try euReport(yaml)
    #expect(rules(report, graph, party: "lab").contains("eu-ai-act/25-4") == agreement)
    #expect(rules(report, graph, party: vendor).contains("eu-ai-act/16"))
  }

  // Arts 26 and 27: deployers of a high-risk system; the impact assessment
  // only for public bodies and credit or insurance uses.
  @Test(arguments: [
    ("employment", "city", true),
    ("employment", "bank", false),
    ("lending", "bank", true),
  ])
  func deployersAndTheImpactAssessment(area: String, deployer: String, assessment: Bool)
    throws
  {
    let yaml = systemChain(
      product: ", risk_areas: [\(area)]", deployers: ", deployers: [\(deployer)]")
    let (report, graph) = try euReport(yaml)
    let owed = rules(report, graph, party: deployer)
    #expect(owed.contains("eu-ai-act/26"))
    #expect(owed.contains("eu-ai-act/27") == assessment)
  }

  // Art 50(2) on providers of generating systems (an API included), with
  // the assistive-editing carve-out; Art 50(3), (4) on deployers, the
  // public-interest text duty lifted by editorial review.
  @Test func article50() throws {
    let yaml = systemChain(
      service: ", generates: [text], functions: []",
      product:
        ", generates: [image], functions: [deep-fakes, public-interest-text, emotion-recognition]",
      deployers: ", deployers: [bank]")
    let (report, graph) = try euReport(yaml)
    #expect(rules(report, graph, party: "apico").contains("eu-ai-act/50-2"))
    #expect(rules(report, graph, party: "shop").contains("eu-ai-act/50-2"))
    #expect(rules(report, graph, party: "bank") == ["eu-ai-act/50-3", "eu-ai-act/50-4-deep-fakes"])
    // Whether a person reviewed the text is not stated: owed unless one did.
    #expect(openRules(report, graph, party: "bank").contains("eu-ai-act/50-4-text"))
    // A service that does not state its functions may be an assistive
    // editor: it owes Art 50(2) unless it is one.
    let (unstated, unstatedGraph) = try euReport(
      systemChain(service: ", generates: [text]", product: ", generates: [image], functions: []"))
    #expect(openRules(unstated, unstatedGraph, party: "apico").contains("eu-ai-act/50-2"))
    #expect(
      unstated.assignments.first { $0.rule.id == "eu-ai-act/50-2" && $0.outcome == .open }?
        .openOn.map(\.fact) == ["functions"])
    let (edited, editedGraph) = try euReport(
      systemChain(
        service: ", generates: [text], functions: [assistive-editing]",
        product: ", functions: [public-interest-text], editorial_review: true",
        deployers: ", deployers: [bank]"))
    #expect(!rules(edited, editedGraph, party: "apico").contains("eu-ai-act/50-2"))
    #expect(rules(edited, editedGraph, party: "bank").isEmpty)
    #expect(
      Set(edited.exempt.map(\.rule.id)).isSuperset(of: ["eu-ai-act/50-2", "eu-ai-act/50-4-text"]))
  }

  // Art 50(3), (4): the deployer knows what it publishes was generated;
  // the duty needs nothing from upstream and is never misallocated.
  @Test func deployerTransparencyNeedsNothingFromUpstream() throws {
    let (report, graph) = try euReport(
      systemChain(
        product:
          ", functions: [deep-fakes, public-interest-text, emotion-recognition], "
          + "editorial_review: false",
        deployers: ", deployers: [bank]"))
    #expect(rules(report, graph, party: "bank").count == 3)
    #expect(!report.findings.contains { $0.rule.id.hasPrefix("eu-ai-act/50-") })
  }

  // Art 50(1): systems intended to interact directly with natural persons
  // (consumers, employees and other users alike); a developer API that
  // only other systems call is not one, and its product's provider owes
  // the notice.
  @Test(arguments: [
    (", interacts_with_people: false", ", interacts_with_people: true, users: consumers", ["shop"]),
    (", interacts_with_people: false", ", interacts_with_people: true, users: internal", ["shop"]),
    (", interacts_with_people: true", ", interacts_with_people: false", ["apico"]),
    (", interacts_with_people: false", ", users: consumers", []),
  ])
  func aiInteractionNotice(service: String, product: String, owed: [String]) throws {
    let (report, graph) = try euReport(
      systemChain(service: service, product: product), asOf: "2026-09-01")
    let parties = report.assignments.filter {
      $0.rule.id == "eu-ai-act/50-1" && $0.outcome == .owes
    }.map { graph.ids[$0.party] }
    #expect(parties == owed)
    // Unstated, the notice is open for the product: neither owed nor not.
    if owed.isEmpty {
      #expect(openRules(report, graph, party: "shop").contains("eu-ai-act/50-1"))
    }
  }

  // Art 50(2) as amended: a system placed on the market before 2 August
  // 2026 has until 2 December 2026; a later one is bound from its release.
  @Test(
    arguments: [
      ("2026-05-01", "2026-09-01", "2026-12-02"),
      ("2026-05-01", "2026-12-02", nil),
      ("2026-08-15", "2026-09-01", nil),
    ] as [(String, String, String?)])
  func markingTransition(released: String, asOf: String, dueFrom: String?) throws {
    let (report, graph) = try euReport(
      systemChain(product: ", generates: [image], released: \(released)"), asOf: asOf)
    let marking = try #require(
      report.assignments.first { $0.rule.id == "eu-ai-act/50-2" && graph.ids[$0.party] == "shop" })
    #expect(marking.dueFrom?.description == dueFrom)
    #expect(marking.status == (dueFrom == nil ? .verified : .secondary))
  }

  // Art 5 as amended by Regulation (EU) 2026/1744: systems that generate
  // child sexual abuse material or non-consensual intimate images are
  // prohibited from 2 December 2026.
  @Test(arguments: [("2026-12-01", false), ("2026-12-02", true)])
  func newProhibitions(asOf: String, prohibited: Bool) throws {
    let (report, graph) = try euReport(
      systemChain(product: ", functions: [ncii-generation]", deployers: ", deployers: [bank]"),
      asOf: asOf)
    #expect(rules(report, graph, party: "shop").contains("eu-ai-act/5-csam-ncii") == prohibited)
    #expect(
      rules(report, graph, party: "bank").contains("eu-ai-act/5-csam-ncii-use") == prohibited)
  }
}
