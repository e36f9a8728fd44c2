import LiabilityGraph
import Testing

/// Lineage, roles, chain and as-of on the shipped examples, with the
/// expected ids written out.
@Suite struct ExampleGraphTests {
  @Test(arguments: exampleNames)
  func everyExampleLoadsCleanly(name: String) throws {
    let result = Loader.load(path: examplePath(name))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.graph != nil)
  }

  @Test(arguments: exampleNames)
  func everyFactInAnExampleHasASource(name: String) throws {
    let doc = try #require(Loader.load(path: examplePath(name)).document)
    // A hypothetical link says so in its name, description or extra data;
    // every other fact cites a source.
    func check(_ id: String, _ fact: Fact, _ texts: String?...) {
      let isHypothetical =
        texts.contains { $0?.contains("hypothetical") ?? false }
        || fact.extra.contains { "\($0.value)".contains("hypothetical") }
      if !isHypothetical {
        #expect(!fact.sources.isEmpty, "\(name): \(id) has no source")
      }
    }
    for party in doc.parties { check(party.id, party.fact, party.name, party.description) }
    for dataset in doc.datasets {
      check(dataset.id, dataset.fact, dataset.name, dataset.description)
    }
    for model in doc.models {
      check(model.id, model.fact, model.name, model.description)
      for link in model.derivedFrom {
        check("link of \(model.id)", link.fact, model.name, model.description)
      }
    }
    for service in doc.services {
      check(service.id, service.fact, service.name, service.description)
    }
    for product in doc.products {
      check(product.id, product.fact, product.name, product.description)
    }
    for disclosure in doc.disclosures {
      check(disclosure.id, disclosure.fact, disclosure.document)
    }
    for contract in doc.contracts { check(contract.id, contract.fact, contract.name) }
    for incident in doc.incidents {
      check(incident.id, incident.fact, incident.name, incident.description)
    }
    for source in doc.sources {
      #expect(source.url != nil, "source \(source.id)")
      #expect(source.retrieved != nil, "source \(source.id)")
    }
  }

  @Test func lineageOfTheLexbotChain() throws {
    let graph = try example("llama-3.1-lexbot")
    let base = try #require(graph.node("llama-3.1-8b"))
    #expect(
      ids(graph, graph.descendants(of: base))
        == [
          "llama-3.1-8b-instruct", "hermes-3-llama-3.1-8b",
          "llama-3.1-8b-instruct-gguf-bartowski", "acme-legal-8b",
        ])
    let acme = try #require(graph.node("acme-legal-8b"))
    #expect(ids(graph, graph.ancestors(of: acme)) == ["hermes-3-llama-3.1-8b", "llama-3.1-8b"])
    #expect(graph.ancestors(of: base).isEmpty)
  }

  @Test func supplyChainAncestorsIncludeDatasetsPartiesAndLicenses() throws {
    let graph = try example("llama-3.1-lexbot", asOf: "2026-06-01")
    let acme = try #require(graph.node("acme-legal-8b"))
    let upstream = Set(ids(graph, graph.ancestors(of: acme, lineageOnly: false)))
    #expect(
      upstream == [
        "acme-legal", "hermes-3-llama-3.1-8b", "acme-case-law", "proprietary",
        "nous-research", "llama-3.1-8b", "hermes-3-dataset", "llama-3-community",
        "meta", "llama-3.1-pretraining-data", "llama-3.1-community", "Apache-2.0",
        "unknown",
      ])
  }

  @Test func supplyChainDescendantsReachTheIncidentAndItsParties() throws {
    let graph = try example("llama-3.1-lexbot", asOf: "2026-06-01")
    let hermes = try #require(graph.node("hermes-3-llama-3.1-8b"))
    let downstream = ids(graph, graph.descendants(of: hermes, lineageOnly: false))
    #expect(
      Set(downstream) == [
        "acme-legal-8b", "acme-legal-api-gcp", "lexbot", "lexbot-fake-citation",
        "acme-legal", "google", "lexco",
      ])
    // The start's own developer is upstream of it, not downstream.
    #expect(!downstream.contains("nous-research"))
  }

  @Test func rolesOfTheLexbotChain() throws {
    let graph = try example("llama-3.1-lexbot", asOf: "2026-06-01")
    let roles = Dictionary(
      uniqueKeysWithValues: graph.roles().map { (graph.ids[$0.party], $0.roles) })
    #expect(
      roles == [
        "meta": [.preTrainer, .datasetPublisher],
        "nous-research": [.modifier, .datasetPublisher],
        "bartowski": [.modifier],
        "acme-legal": [.modifier, .apiProvider, .datasetPublisher],
        "lexco": [.productVendor],
        "google": [.host],
      ])
    let modifier = try #require(
      graph.roleAssignments().first {
        graph.ids[$0.party] == "nous-research" && $0.role == .modifier
      })
    #expect(
      modifier.reason
        == "nous-research develops hermes-3-llama-3.1-8b, a fine-tune of llama-3.1-8b by meta")
    #expect(modifier.sources.contains("hermes-3-card"))
  }

  @Test func ownDerivativeMakesNoModifier() throws {
    let graph = try example("deepseek-r1-distill-qwen")
    let roles = Dictionary(
      uniqueKeysWithValues: graph.roles().map { (graph.ids[$0.party], $0.roles) })
    // DeepSeek-R1 derives from DeepSeek's own V3-Base (no role), but the
    // distill fine-tunes Alibaba's Qwen2.5-Math-7B: modifier.
    #expect(roles["deepseek"] == [.preTrainer, .modifier, .datasetPublisher])
    let reasons = graph.roleAssignments().filter {
      graph.ids[$0.party] == "deepseek" && $0.role == .modifier
    }.map { graph.ids[$0.subject] }
    #expect(reasons == ["deepseek-r1-distill-qwen-7b"])
    let distill = try #require(graph.node("deepseek-r1-distill-qwen-7b"))
    #expect(
      ids(graph, graph.ancestors(of: distill))
        == ["qwen2.5-math-7b", "deepseek-r1", "qwen2.5-7b", "deepseek-v3-base"])
  }

  @Test func chainOfAClosedModelBehindAnAPI() throws {
    let graph = try example("closed-api-consumer-app")
    let product = try #require(graph.node("be-my-ai"))
    let upstream = graph.ancestors(of: product, lineageOnly: false)
    #expect(
      ids(graph, upstream)
        == ["be-my-eyes", "openai-api-gpt-4", "openai", "gpt-4", "microsoft", "proprietary"])
    let roles = Dictionary(
      uniqueKeysWithValues: graph.roles(within: Set(upstream + [product])).map {
        (graph.ids[$0.party], $0.roles)
      })
    #expect(
      roles == [
        "openai": [.preTrainer, .apiProvider], "microsoft": [.host],
        "be-my-eyes": [.productVendor],
      ])
  }

  @Test func asOfViewFollowsTheHostChange() throws {
    // The hypothetical API ran on AWS until 2025-10-01, then on Google Cloud.
    let before = try example("llama-3.1-lexbot", asOf: "2025-06-01")
    let after = try example("llama-3.1-lexbot", asOf: "2026-06-01")
    func hosts(_ graph: SupplyChainGraph) throws -> [String] {
      let product = try #require(graph.node("lexbot"))
      let chain = Set(graph.ancestors(of: product, lineageOnly: false) + [product])
      return graph.roleAssignments(within: chain).filter { $0.role == .host }
        .map { graph.ids[$0.party] }
    }
    #expect(try hosts(before) == ["aws"])
    #expect(try hosts(after) == ["google"])
    #expect(before.node("acme-legal-api-gcp") == nil)
    #expect(after.node("acme-legal-api-aws") == nil)
    // Before LexBot existed there is no incident and no product.
    let early = try example("llama-3.1-lexbot", asOf: "2024-08-01")
    #expect(early.node("lexbot") == nil)
    #expect(early.node("lexbot-fake-citation") == nil)
    #expect(early.node("llama-3.1-8b") != nil)
  }

  @Test func pathsFromTheIncidentReachEveryUpstreamRoot() throws {
    let graph = try example("llama-3.1-lexbot", asOf: "2026-06-01")
    let incident = try #require(graph.node("lexbot-fake-citation"))
    let result = graph.upstreamPaths(from: incident)
    #expect(!result.truncated)
    let paths = result.paths.map { ids(graph, $0) }
    let prefix = ["lexbot-fake-citation", "lexbot", "acme-legal-api-gcp", "acme-legal-8b"]
    #expect(
      paths == [
        prefix + ["hermes-3-llama-3.1-8b", "llama-3.1-8b", "llama-3.1-pretraining-data"],
        prefix + ["hermes-3-llama-3.1-8b", "hermes-3-dataset"],
        prefix + ["acme-case-law"],
      ])
  }

  @Test func pathsAreCappedAndSaySo() throws {
    // Two merges in a row: four paths; a limit of 3 truncates.
    let graph = try graph(
      header + """
        models:
          - {id: a, name: A, developer: meta}
          - {id: b, name: B, developer: meta}
          - id: m
            name: M
            developer: meta
            derived_from: [{model: a, relation: merge}, {model: b, relation: merge}]
          - id: n
            name: N
            developer: meta
            derived_from: [{model: m, relation: merge}, {model: a, relation: merge}]
        """)
    let n = try #require(graph.node("n"))
    #expect(graph.upstreamPaths(from: n).paths.count == 3)
    #expect(graph.upstreamPaths(from: n).truncated == false)
    let capped = graph.upstreamPaths(from: n, limit: 2)
    #expect(capped.paths.count == 2)
    #expect(capped.truncated)
  }

  @Test func continuedPretrainingAtTheBaseComputeIsPreTraining() throws {
    let graph = try graph(
      header + """
          - {id: lab, name: Lab, kind: academic}
        models:
          - {id: base, name: Base, developer: meta, training_compute_flop: 1.0e23}
          - id: big
            name: Big
            developer: lab
            derived_from: [{model: base, relation: continued-pretraining, compute_flop: 2.0e23}]
          - id: small
            name: Small
            developer: lab
            derived_from: [{model: base, relation: continued-pretraining, compute_flop: 1.0e21}]
        """)
    let lab = graph.roleAssignments().filter { graph.ids[$0.party] == "lab" }
    #expect(lab.map(\.role) == [.preTrainer, .modifier])
    #expect(lab.map { graph.ids[$0.subject] } == ["big", "small"])
    #expect(
      lab.first?.reason
        == "lab develops big by continued pre-training of base with 2.0e23 FLOP, "
        + "at least the base's 1.0e23 FLOP")
  }

  @Test func derivedModelWhoseBaseIsOutOfViewIsNotAPreTrainer() throws {
    let text =
      header + """
          - {id: lab, name: Lab, kind: academic}
        models:
          - {id: base, name: Base, developer: meta, valid_to: 2025-01-01}
          - id: tune
            name: Tune
            developer: lab
            derived_from: [{model: base, relation: finetune, date: 2024-06-01}]
        """
    let document = try #require(load(text).document)
    let late = SupplyChainGraph(document: document, asOf: Day("2025-06-01"))
    let lab = late.roleAssignments().filter { late.ids[$0.party] == "lab" }
    #expect(lab.map(\.role) == [.modifier])
    #expect(
      lab.first?.reason
        == "lab develops tune, a fine-tune of base by meta (that link is not in the view as of "
        + "2025-06-01)")
    // Quantizing one's own model, even out of view, keeps the developer's
    // role: pre-trainer, never modifier.
    let own = try graph(
      header + """
        models:
          - {id: base, name: Base, developer: meta, valid_to: 2025-01-01}
          - id: q
            name: Q
            developer: meta
            derived_from: [{model: base, relation: quantize}]
        """)
    let ownDoc = own.document
    let ownLate = SupplyChainGraph(document: ownDoc, asOf: Day("2025-06-01"))
    #expect(
      ownLate.roleAssignments().map { "\($0.role.rawValue): \($0.reason)" } == [
        "pre-trainer: meta develops q, a quantization of its own model base"
      ])
    // A link dated after the model's release still holds once the model exists.
    let early = SupplyChainGraph(document: document, asOf: Day("2024-01-01"))
    let tune = try #require(early.node("tune"))
    #expect(ids(early, early.ancestors(of: tune)) == ["base"])
  }

  @Test func datedReferencesAndDeployers() throws {
    let text =
      header + """
          - {id: cloud-a, name: Cloud A, kind: company}
          - {id: cloud-b, name: Cloud B, kind: company}
          - {id: bank, name: Bank, kind: company}
        models:
          - {id: m, name: M, developer: meta}
        services:
          - id: api
            name: API
            provider: meta
            model: m
            hosts:
              - {id: cloud-a, valid_to: 2025-01-01}
              - {id: cloud-b, valid_from: 2025-01-01}
            deployers: [bank]
        """
    let all = try graph(text)
    let document = try #require(load(text).document)
    let early = SupplyChainGraph(document: document, asOf: Day("2024-06-01"))
    let late = SupplyChainGraph(document: document, asOf: Day("2025-06-01"))
    func hosts(_ graph: SupplyChainGraph) -> [String] {
      graph.roleAssignments().filter { $0.role == .host }.map { graph.ids[$0.party] }
    }
    #expect(hosts(all) == ["cloud-a", "cloud-b"])
    #expect(hosts(early) == ["cloud-a"])
    #expect(hosts(late) == ["cloud-b"])
    #expect(
      all.roleAssignments().filter { $0.role == .deployer }.map(\.reason)
        == ["bank uses service api in its own operations"])
  }
}
