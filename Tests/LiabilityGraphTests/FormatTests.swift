import Foundation
import LiabilityGraph
import Testing

/// Every section of the format, read from YAML and from JSON.
@Suite struct FormatTests {
  static let fixture = packageRoot.appendingPathComponent(
    "Tests/LiabilityGraphTests/Fixtures/design-example.yaml"
  ).path

  @Test func specificationExampleReadsEverySection() throws {
    let result = Loader.load(path: Self.fixture)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let doc = try #require(result.document)
    #expect(doc.title == "LexBot hallucinated citation, 2026")
    #expect(doc.asOf == Day("2026-06-01"))
    let meta = try #require(doc.parties.first)
    #expect(meta.revenueUSD == 1.649e11)
    #expect(meta.employees == 76000)
    #expect(meta.jurisdictions == ["US", "US-CA"])
    #expect(doc.licenses.map(\.id) == ["llama-3.1-community"])
    #expect(doc.datasets.first?.license == "proprietary")
    let llama = try #require(doc.models.first)
    #expect(llama.trainingComputeFLOP == 1.2e24)
    #expect(llama.trainingCostUSD == 2.0e7)
    #expect(llama.generalPurpose == true)
    #expect(llama.weights == .open)
    #expect(llama.monetized == false)
    #expect(llama.components.map(\.component) == [.modelArchitecture])
    #expect(llama.components.first?.license == "Apache-2.0")
    #expect(llama.fact.sources == ["llama-card"])
    let acme = try #require(doc.models.last)
    #expect(acme.derivedFrom.first?.computeFLOP == 3.0e20)
    #expect(acme.derivedFrom.first?.date == Day("2025-02-01"))
    #expect(acme.trainedOn.map(\.id) == ["acme-case-law"])
    let service = try #require(doc.services.first)
    #expect(service.hosts.map(\.id) == ["gpucloud"])
    #expect(service.models.map(\.id) == ["acme-legal-8b"])
    let product = try #require(doc.products.first)
    #expect(product.users == .consumers)
    #expect(product.riskAreas == [.legalServices])
    #expect(product.markets == ["US-NY", "EU"])
    let disclosure = try #require(doc.disclosures.first)
    #expect(disclosure.isPublic)
    #expect(disclosure.items.count == 4)
    let contract = try #require(doc.contracts.first)
    #expect(contract.indemnities.first?.by == "acme")
    #expect(contract.indemnities.first?.harms == ["ip-infringement"])
    #expect(contract.liabilityCapUSD == 1.0e6)
    #expect(doc.incidents.first?.date == Day("2026-03-14"))
    #expect(doc.sources.first?.retrieved == Day("2026-11-01"))
  }

  @Test func jsonReadsTheSameAsYAML() throws {
    let yaml = try #require(Loader.load(path: Self.fixture).document)
    // The same chain written as JSON.
    let json = """
      {
        "format": "liability-graph/1",
        "title": "LexBot hallucinated citation, 2026",
        "as_of": "2026-06-01",
        "parties": [
          {"id": "meta", "name": "Meta Platforms, Inc.", "kind": "company",
           "jurisdictions": ["US", "US-CA"], "revenue_usd": 1.649e11, "employees": 76000},
          {"id": "acme", "name": "Acme Legal AI", "kind": "company", "jurisdictions": ["US-NY"]},
          {"id": "lexco", "name": "LexCo", "kind": "company", "jurisdictions": ["US-NY"]},
          {"id": "gpucloud", "name": "GPU Cloud", "kind": "company", "jurisdictions": ["US"]}
        ],
        "models": [
          {"id": "llama-3.1-8b", "name": "Llama 3.1 8B", "developer": "meta",
           "released": "2024-07-23", "training_compute_flop": 1.2e24, "weights": "open",
           "license": "llama-3.1-community"},
          {"id": "acme-legal-8b", "name": "Acme Legal 8B", "developer": "acme",
           "weights": "closed",
           "derived_from": [{"model": "llama-3.1-8b", "relation": "finetune",
                             "compute_flop": 3.0e20, "date": "2025-02-01"}],
           "trained_on": ["acme-case-law"]}
        ],
        "datasets": [
          {"id": "acme-case-law", "name": "Acme case-law corpus", "publisher": "acme",
           "license": "proprietary"}
        ],
        "services": [
          {"id": "acme-api", "name": "Acme Legal API", "provider": "acme",
           "model": "acme-legal-8b", "host": "gpucloud", "regions": ["US"]}
        ],
        "products": [
          {"id": "lexbot", "name": "LexBot", "vendor": "lexco", "uses": ["acme-api"],
           "markets": ["US-NY", "EU"], "users": "consumers", "risk_areas": ["legal-services"]}
        ],
        "incidents": [
          {"id": "lexbot-fake-citation", "date": "2026-03-14", "product": "lexbot",
           "harm": "misinformation", "jurisdiction": "US-NY"}
        ]
      }
      """
    let result = load(json, json: true)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let doc = try #require(result.document)
    let a = SupplyChainGraph(document: yaml, asOf: Day("2026-06-01"))
    let b = SupplyChainGraph(document: doc, asOf: Day("2026-06-01"))
    let product = try #require(a.node("lexbot"))
    let productB = try #require(b.node("lexbot"))
    #expect(
      Set(ids(a, a.ancestors(of: product, lineageOnly: false)))
        == Set(ids(b, b.ancestors(of: productB, lineageOnly: false))))
    #expect(
      a.roles().map { (a.ids[$0.party], $0.roles) }.map { "\($0.0):\($0.1)" }
        == b.roles().map { (b.ids[$0.party], $0.roles) }.map { "\($0.0):\($0.1)" })
    #expect(doc.models.first?.trainingComputeFLOP == 1.2e24)
    #expect(doc.parties.first?.employees == 76000)
  }

  @Test func jsonTypesAreChecked() throws {
    let result = load(
      """
      {"format": "liability-graph/1",
       "parties": [{"id": "p", "name": "P", "kind": "company", "employees": "12"}]}
      """, json: true)
    let error = try onlyError(result)
    #expect(
      error.message
        == "'employees' must be a number, found a quoted string \"12\" (remove the quotes)")
    #expect(error.location == SourceLocation(file: "t.json", line: 2, column: 71))
  }
}
