import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityRules

let rulesRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

func lexbot(asOf: String) throws -> SupplyChainGraph {
  let path = rulesRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path
  let document = try #require(Loader.load(path: path).document)
  return SupplyChainGraph(document: document, asOf: Day(asOf))
}

func chain(_ yaml: String, asOf: String? = nil) throws -> SupplyChainGraph {
  let text = "format: liability-graph/1\n" + yaml
  let result = Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false)
  let document = try #require(result.document, "\(result.diagnostics)")
  return SupplyChainGraph(document: document, asOf: asOf.flatMap { Day($0) })
}

func holderIDs(_ graph: SupplyChainGraph, _ holdings: [Holding]) -> [String] {
  holdings.map { graph.ids[$0.party] }.sorted()
}

@Suite struct HoldingsTests {
  @Test func trainingDataStaysWithThePreTrainer() throws {
    let graph = try lexbot(asOf: "2026-03-14")
    let holdings = InformationHoldings(graph)
    let llama = try #require(graph.node("llama-3.1-8b"))
    // Meta never disclosed its training data: only Meta holds it.
    #expect(holderIDs(graph, holdings.holders(of: .trainingData, about: llama)) == ["meta"])
    // The public model card gives everyone the architecture and compute.
    let architecture = holderIDs(graph, holdings.holders(of: .modelArchitecture, about: llama))
    #expect(architecture.contains("lexco"))
    #expect(architecture.contains("acme-legal"))
    let lexco = try #require(graph.node("lexco"))
    let reason = try #require(holdings.holding(lexco, .trainingCompute, about: llama))
    #expect(
      reason.reason
        == "disclosed by meta to the public (Llama 3.1 model card) on 2024-07-23 "
        + "[llama-3.1-card-public]")
    #expect(reason.sources == ["llama-3.1-card"])
  }

  @Test func disclosuresCountOnlyFromTheirDate() throws {
    let yaml = """
      parties: [{id: lab, name: Lab, kind: company}, {id: user, name: User, kind: company}]
      models: [{id: m, name: M, developer: lab, released: 2024-01-01}]
      disclosures:
        - {id: card, from: lab, to: public, items: [training-data], subject: m, date: 2024-06-01}
      """
    let before = try chain(yaml, asOf: "2024-05-31")
    let after = try chain(yaml, asOf: "2024-06-01")
    let m = try #require(before.node("m"))
    #expect(
      holderIDs(before, InformationHoldings(before).holders(of: .trainingData, about: m))
        == ["lab"])
    #expect(
      holderIDs(after, InformationHoldings(after).holders(of: .trainingData, about: m))
        == ["lab", "user"])
  }

  // An item held on an assumed role is held on a stated ground instead
  // when one comes; the role's other items keep their assumed ground.
  @Test func aStatedGroundReplacesAnAssumedOneItemByItem() throws {
    let graph = try chain(
      """
      parties: [{id: lab, name: Lab, kind: company}, {id: auditor, name: A, kind: company}]
      models: [{id: m, name: M, developer: lab}]
      disclosures:
        - {id: audit, from: auditor, to: lab, items: [training-data], subject: m}
      """)
    let holdings = InformationHoldings(graph)
    let lab = try #require(graph.node("lab"))
    let m = try #require(graph.node("m"))
    let data = try #require(holdings.holding(lab, .trainingData, about: m))
    #expect(data.assumed.isEmpty)
    #expect(data.reason == "disclosed by auditor to lab [audit]")
    let weights = try #require(holdings.holding(lab, .weights, about: m))
    #expect(weights.assumed.count == 1)
    #expect(weights.reason == "lab is pre-trainer of m")
    #expect(holderIDs(graph, holdings.holders(of: .trainingData, about: m)) == ["lab"])
    let items = holdings.items(of: lab)
    #expect(items.filter { $0.item == .trainingData }.count == 1)
    #expect(items.map(\.item) == InformationItem.allCases.filter { items.map(\.item).contains($0) })
  }

  // Listing every party at once gives what asking party by party gives.
  @Test func everyPartyAtOnceIsEachPartyAlone() throws {
    for file in ["llama-3.1-lexbot", "closed-api-consumer-app", "mistral-zephyr"] {
      let path = rulesRoot.appendingPathComponent("examples/\(file).yaml").path
      let document = try #require(Loader.load(path: path).document)
      let graph = SupplyChainGraph(document: document)
      let holdings = InformationHoldings(graph)
      let items = holdings.itemsByParty()
      let controls = holdings.controlsByParty()
      var parties = 0
      for party in 0..<graph.nodeCount where graph.kinds[party] == .party {
        let one = holdings.items(of: party)
        #expect(
          (items[party] ?? []).map { "\($0.item) \($0.holding)" }
            == one.map { "\($0.item) \($0.holding)" })
        #expect(
          (controls[party] ?? []).map { "\($0.control) \($0.holding)" }
            == holdings.controls(of: party).map { "\($0.control) \($0.holding)" })
        if !one.isEmpty { parties += 1 }
      }
      #expect(parties > 1, "\(file)")
    }
  }

  @Test func privateDisclosureReachesOnlyItsRecipient() throws {
    let graph = try lexbot(asOf: "2026-03-14")
    let holdings = InformationHoldings(graph)
    let acme = try #require(graph.node("acme-legal-8b"))
    #expect(
      holderIDs(graph, holdings.holders(of: .fineTuneData, about: acme)) == [
        "acme-legal", "lexco",
      ])
    #expect(holderIDs(graph, holdings.holders(of: .trainingData, about: acme)).isEmpty)
  }

  @Test func serviceAndProductInformation() throws {
    let graph = try lexbot(asOf: "2026-03-14")
    let holdings = InformationHoldings(graph)
    let api = try #require(graph.node("acme-legal-api-gcp"))
    let product = try #require(graph.node("lexbot"))
    let model = try #require(graph.node("acme-legal-8b"))
    #expect(holderIDs(graph, holdings.holders(of: .usageLogs, about: api)) == ["acme-legal"])
    #expect(holderIDs(graph, holdings.holders(of: .usageLogs, about: model)) == ["acme-legal"])
    #expect(
      holderIDs(graph, holdings.holders(of: .customerIdentity, about: model)) == ["acme-legal"])
    #expect(holderIDs(graph, holdings.holders(of: .intendedUse, about: product)) == ["lexco"])
    #expect(holderIDs(graph, holdings.holders(of: .incidentDetails, about: product)) == ["lexco"])
  }

  @Test func nobodyControlsReleasedWeights() throws {
    let graph = try lexbot(asOf: "2026-03-14")
    let holdings = InformationHoldings(graph)
    for id in ["llama-3.1-8b", "hermes-3-llama-3.1-8b"] {
      let model = try #require(graph.node(id))
      for kind in [ControlKind.revokeAccess, .shutDownAllCopies, .monitorDownstreamUse] {
        #expect(holdings.controllers(of: kind, over: model).isEmpty, "\(id) \(kind)")
      }
    }
  }

  @Test func runningACopyGivesControlOverThatCopy() throws {
    let graph = try lexbot(asOf: "2026-03-14")
    let holdings = InformationHoldings(graph)
    let model = try #require(graph.node("acme-legal-8b"))
    let api = try #require(graph.node("acme-legal-api-gcp"))
    #expect(
      holderIDs(graph, holdings.controllers(of: .shutDownRunningCopy, over: api)) == [
        "acme-legal", "google",
      ])
    #expect(
      holderIDs(graph, holdings.controllers(of: .modifyRunningCopy, over: api)) == ["acme-legal"])
    // Closed weights: the developer can revoke access and stop every copy,
    // and it runs the only service, so it sees all use.
    for kind in [ControlKind.revokeAccess, .shutDownAllCopies, .monitorDownstreamUse] {
      #expect(holderIDs(graph, holdings.controllers(of: kind, over: model)) == ["acme-legal"])
    }
    let product = try #require(graph.node("lexbot"))
    #expect(
      holderIDs(graph, holdings.controllers(of: .changeDeploymentConfiguration, over: product))
        == ["lexco"])
  }

  @Test func revocableLicenseGivesRevocation() throws {
    let graph = try chain(
      """
      parties: [{id: lab, name: Lab, kind: company}, {id: shop, name: Shop, kind: company}]
      models:
        - {id: open, name: Open, developer: lab, weights: open, license: Apache-2.0}
        - {id: nv, name: NV, developer: lab, weights: open, license: nvidia-open-model-license}
      services:
        - {id: s, name: S, provider: shop, model: open}
      """)
    let holdings = InformationHoldings(graph)
    let open = try #require(graph.node("open"))
    let nv = try #require(graph.node("nv"))
    #expect(holdings.controllers(of: .revokeLicense, over: open).isEmpty)
    #expect(holderIDs(graph, holdings.controllers(of: .revokeLicense, over: nv)) == ["lab"])
    // A third party serving open weights sees its own traffic only: no one
    // can monitor all downstream use.
    #expect(holdings.controllers(of: .monitorDownstreamUse, over: open).isEmpty)
    #expect(
      holderIDs(graph, holdings.controllers(of: .shutDownRunningCopy, over: open)) == ["shop"])
  }
}

/// The MOF license table is a data file embedded in the binary; it reads
/// whole.
@Suite struct MOFLicenseTableTests {
  @Test func theEmbeddedTableReadsWhole() {
    #expect(MOFLicenses.table.problems.isEmpty, "\(MOFLicenses.table.problems)")
    #expect(MOFLicenses.table.byID.count == 660)
    #expect(MOFLicenses.isOpen("Apache-2.0"))
    #expect(MOFLicenses.isOpen("CC-BY-4.0"))
    #expect(!MOFLicenses.isOpen("llama-3.1-community"))
    #expect(MOFLicenses.suits("MIT", .code))
  }

  @Test func aBrokenRowIsSaid() {
    let table = MOFLicenseTable(
      text: "licenses:\n  MIT: [true, false, [code]]\n  Bad: [true]\n")
    #expect(table.byID.count == 1)
    #expect(table.problems == ["line 3: Bad is not [osi, fsf, [types]]"])
  }
}
