import Foundation
import LiabilityGraph
import Testing

/// The format says what is not known: `unknown` values, lineage stated
/// only by `derived_from`, unidentified parties and models, how a product
/// runs a model, the closed harm list and an incident's proceedings. Each
/// on the smallest file that shows it.
/// The model `id` of a graph.
func model(_ graph: SupplyChainGraph, _ id: String) throws -> Model {
  let node = try #require(graph.node(id))
  return try #require(graph.model(at: node))
}

/// The product `id` of a graph.
func product(_ graph: SupplyChainGraph, _ id: String) throws -> Product {
  let node = try #require(graph.node(id))
  return try #require(graph.product(at: node))
}

@Suite struct OpenWorldFormatTests {
  static func chain(_ facts: String) -> String {
    header + """
      models:
        - {id: m, name: M, developer: meta\(facts.isEmpty ? "" : ", " + facts)}
      """
  }

  // `unknown` is a value of every enum, number, date and boolean fact, and
  // reads the same as leaving the fact out.
  @Test(arguments: [
    "weights: unknown", "training_compute_flop: unknown", "released: unknown",
    "general_purpose: unknown", "monetized: unknown",
  ])
  func unknownIsAcceptedAndMeansNotStated(fact: String) throws {
    let stated = try graph(Self.chain(fact))
    let omitted = try graph(Self.chain(""))
    let a = try model(stated, "m")
    let b = try model(omitted, "m")
    #expect(a.weights == b.weights)
    #expect(a.trainingComputeFLOP == b.trainingComputeFLOP)
    #expect(a.released == b.released)
    #expect(a.generalPurpose == b.generalPurpose)
    #expect(a.monetized == b.monetized)
    #expect(a.weights == nil && a.trainingComputeFLOP == nil && a.released == nil)
  }

  // JSON writes it as a string.
  @Test func jsonWritesUnknownAsAString() throws {
    let result = load(
      """
      {"format": "liability-graph/1", "parties": [{"id": "p", "name": "P"}],
       "models": [{"id": "m", "name": "M", "developer": "p", "weights": "unknown",
                   "training_compute_flop": "unknown", "released": "unknown"}]}
      """, json: true)
    #expect(result.errors.isEmpty, "\(result.errors)")
    let g = try #require(result.graph)
    let m = try model(g, "m")
    #expect(m.weights == nil && m.trainingComputeFLOP == nil && m.released == nil)
  }

  // A value that is neither the type nor `unknown` is still an error.
  @Test func aWrongValueIsStillAnError() throws {
    let error = try onlyError(load(Self.chain("general_purpose: maybe")))
    #expect(error.message.contains("general_purpose"))
    #expect(error.location.line == 8)
  }

  // `derived_from: []` states a model from scratch; no key leaves the
  // lineage unstated.
  @Test(arguments: [
    ("derived_from: []", true), ("", false),
    ("derived_from: [{model: b, relation: finetune}]", true),
  ])
  func lineageIsStatedOnlyByDerivedFrom(facts: String, stated: Bool) throws {
    let text =
      Self.chain(facts) + "\n  - {id: b, name: B, developer: meta, derived_from: []}\n"
    let g = try graph(text)
    let m = try model(g, "m")
    #expect(m.lineageStated == stated)
  }

  // A link may leave its relation unstated (or say unknown).
  @Test func aLinkMayLeaveItsRelationUnknown() throws {
    let text =
      Self.chain("derived_from: [{model: b, relation: unknown}, {model: c}]") + """

          - {id: b, name: B, developer: meta}
          - {id: c, name: C, developer: meta}
        """
    let g = try graph(text)
    let m = try model(g, "m")
    #expect(m.derivedFrom.map(\.relation) == [nil, nil])
  }

  // An unidentified party or model needs no name, and reads as such.
  @Test func unidentifiedPartiesAndModelsReadAsSuch() throws {
    let g = try graph(
      header + """
          - {id: supplier, identified: false, kind: company}
        models:
          - {id: u, identified: false, developer: supplier}
        """)
    let supplier = try #require(g.node("supplier"))
    let u = try #require(g.node("u"))
    #expect(g.name(of: supplier) == "an unidentified party (supplier)")
    #expect(g.name(of: u) == "an unidentified model (u)")
    #expect(g.party(at: supplier)?.identified == false)
    #expect(g.model(at: u)?.identified == false)
  }

  // An identified party still needs its name.
  @Test func anIdentifiedPartyNeedsItsName() throws {
    let error = try onlyError(load(header + "  - {id: x, kind: company}\n"))
    #expect(error.message == "party 'x' needs 'name'")
  }

  // How a product runs a model it uses: only `runs: self-hosted` says the
  // vendor runs it; a bare `uses` entry says nothing about it.
  @Test func aProductSaysHowItRunsAModel() throws {
    let g = try graph(
      header + """
        models:
          - {id: m, name: M, developer: meta}
        products:
          - {id: a, name: A, vendor: meta, uses: [m]}
          - {id: b, name: B, vendor: meta, uses: [{model: m, runs: self-hosted}]}
          - {id: c, name: C, vendor: meta, uses: [{model: m, runs: unknown}]}
        """)
    let runs = try ["a", "b", "c"].map { try product(g, $0).uses.first?.runs }
    #expect(runs == [nil, .selfHosted, nil])
    let bad = try onlyError(
      load(
        header + """
          models:
            - {id: m, name: M, developer: meta}
          products:
            - {id: b, name: B, vendor: meta, uses: [{model: m, runs: locally}]}
          """))
    #expect(bad.message.contains("runs"))
    #expect(bad.message.contains("self-hosted"))
  }

  // Harms come from a closed list; common spellings are aliases; any
  // other word is an error that lists the allowed ones.
  @Test(arguments: [
    ("personal injury", "physical-injury"), ("data loss", "data-loss"),
    ("Wrongful death", "death"), ("copyright", "ip-infringement"),
    ("misinformation", "misinformation"), ("financial loss", "financial-loss"),
  ])
  func harmsTakeTheListAndItsAliases(written: String, canonical: String) throws {
    let g = try graph(Self.incident("harm: \(written)"))
    #expect(g.document.incidents.first?.harm == canonical)
  }

  @Test func anUnknownHarmListsTheAllowedOnes() throws {
    let error = try onlyError(load(Self.incident("harm: embarrassment")))
    #expect(error.message.hasPrefix("'embarrassment' is not a harm 'harm' can name"))
    for harm in Harm.allCases { #expect(error.message.contains(harm.rawValue)) }
    #expect(error.location.line == 16)
  }

  static func incident(_ facts: String) -> String {
    header + """
      models:
        - {id: m, name: M, developer: meta}
      products:
        - {id: p, name: P, vendor: meta, uses: [m]}
      incidents:
        - id: i
          name: I
          date: 2025-06-01
          product: p
          \(facts)
      """
  }

  // An incident records its proceedings: forum, parties, causes, dates,
  // outcome, damages and the decision's citation with pinpoints.
  @Test func proceedingsAreRead() throws {
    let g = try graph(
      Self.incident(
        """
        proceedings:
                - forum: British Columbia Civil Resolution Tribunal
                  claimant: Jake Moffatt
                  respondents: [meta]
                  causes_of_action: [negligent misrepresentation]
                  filed: 2023-04-01
                  decided: 2024-02-14
                  outcome: claimant succeeded
                  damages_usd: 600
                  citation: 2024 BCCRT 149
                  pinpoints: ["para 27"]
        """))
    let proceeding = try #require(g.document.incidents.first?.proceedings.first)
    #expect(proceeding.forum == "British Columbia Civil Resolution Tribunal")
    #expect(proceeding.claimant == "Jake Moffatt")
    #expect(proceeding.respondents == ["meta"])
    #expect(proceeding.causesOfAction == ["negligent misrepresentation"])
    #expect(proceeding.filed == Day("2023-04-01"))
    #expect(proceeding.decided == Day("2024-02-14"))
    #expect(proceeding.damagesUSD == 600)
    #expect(proceeding.citation == "2024 BCCRT 149")
    #expect(proceeding.pinpoints == ["para 27"])
  }

  @Test func aDecisionBeforeItsFilingIsAnError() throws {
    let error = try onlyError(
      load(
        Self.incident(
          """
          proceedings:
                  - {forum: Court, filed: 2024-05-01, decided: 2024-04-01}
          """)))
    #expect(
      error.message
        == "a proceeding of incident 'i' is decided (2024-04-01) before it is filed (2024-05-01)")
  }

  // A day the calendar does not have says so, wherever a date is read.
  @Test(arguments: [
    ("2022-11-31", "2022-11-31 does not exist (November 2022 has 30 days)"),
    ("2023-02-29", "2023-02-29 does not exist (February 2023 has 28 days)"),
    ("2024-13-01", "2024-13-01 has no month 13 (months run 01 to 12)"),
  ])
  func anImpossibleDateSaysSo(date: String, says: String) throws {
    let error = try onlyError(
      load(
        Self.incident("description: x").replacingOccurrences(
          of: "date: 2025-06-01", with: "date: \(date)")))
    #expect(error.message.hasSuffix(says), "\(error.message)")
  }

  // A file that is not a chain says what it looks like.
  @Test(arguments: [
    ("# LexBot incident\n\nSome notes.\n", "looks like Markdown (a heading at line 1)"),
    ("{}\n", "is an empty mapping"),
    ("bomFormat: CycloneDX\nspecVersion: \"1.6\"\n", "is a CycloneDX document"),
    ("- a\n- b\n", "is a list, not a liability-graph file"),
    ("just some words\n", "is plain text"),
  ])
  func aFileThatIsNotAChainSaysWhatItIs(text: String, says: String) throws {
    let error = try onlyError(load(text))
    #expect(error.message.contains(says), "\(error.message)")
  }

  @Test(arguments: [
    (Array("%PDF-1.7\n".utf8), "a PDF document"),
    ([0x50, 0x4B, 0x03, 0x04, 0, 0], "a ZIP archive"),
    (Array("SQLite format 3\u{0}".utf8), "an SQLite database"),
  ])
  func aBinaryFileSaysWhatItIs(bytes: [UInt8], says: String) throws {
    let result = Loader.load(bytes: bytes, file: "t.yaml", json: false)
    let error = try onlyError(result)
    #expect(error.message.contains(says), "\(error.message)")
  }
}
