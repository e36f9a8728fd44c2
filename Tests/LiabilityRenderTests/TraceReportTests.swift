import Foundation
import LiabilityGraph
import LiabilityRules
import Testing

@testable import LiabilityRender
@testable import LiabilityReports

/// Traces every incident of the examples that have one.
func exampleTraces() throws -> [IncidentTrace] {
  var out: [IncidentTrace] = []
  for name in renderExamples {
    let path = renderPackageRoot.appendingPathComponent("examples/\(name).yaml").path
    let document = try #require(Loader.load(path: path).document)
    for incident in document.incidents {
      out.append(try IncidentTrace.trace(document, incident: incident.id))
    }
  }
  return out
}

@Suite struct TraceReportTests {
  @Test func examplesHaveIncidentsToTrace() throws {
    #expect(
      try exampleTraces().map(\.incident.id) == [
        "lexbot-fake-citation", "be-my-ai-medication-misread",
      ])
  }

  // The report is one well-formed document with the diagram inline, and
  // names every party on the path.
  @Test func htmlIsWellFormedAndNamesEveryParty() throws {
    for trace in try exampleTraces() {
      let diagram = try TraceHTML.diagram(trace)
      #expect(diagram.svg.hasPrefix("<svg"))
      let html = TraceHTML.html(trace, svg: diagram.svg)
      let texts = try #require(
        TextCollector.texts(of: Array(html.utf8)), "\(trace.incident.id): not well-formed")
      let all = texts.joined(separator: "\n")
      for party in trace.parties {
        #expect(all.contains(trace.graph.ids[party.party]), "\(trace.graph.ids[party.party])")
        #expect(all.contains(trace.graph.name(of: party.party)))
      }
      #expect(html.contains("<svg"))
      #expect(!html.contains("<?xml"))
      #expect(texts.last == DutiesReport.notice)
      // Every source cited has an anchor to jump to.
      for id in trace.evidence { #expect(html.contains("id=\"source-\(id)\"")) }
    }
  }

  // Only web addresses become links in the report.
  @Test func noScriptLinks() throws {
    let text = """
      format: liability-graph/1
      parties: [{id: v, name: V, kind: company, source: s}]
      products: [{id: p, name: P, vendor: v, source: s}]
      incidents: [{id: i, date: 2026-01-01, product: p, source: s}]
      sources: [{id: s, title: S, url: "javascript:alert(1)", retrieved: 2026-01-01}]
      """
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let trace = try IncidentTrace.trace(document, incident: "i")
    let html = TraceHTML.html(trace, svg: nil)
    #expect(!html.contains("href=\"javascript:"))
    #expect(html.contains("javascript:alert(1)"))
  }

  // What others allege is its own section in every format, never a role:
  // an alleged developer off the path has no posture.
  @Test func allegationsAreShownApartFromRoles() throws {
    let text = """
      format: liability-graph/1
      parties:
        - {id: yt, name: YouTube}
        - {id: kids, name: Children}
        - {id: vendor, identified: false, known: inferred}
      products: [{id: p, name: P, vendor: vendor, known: inferred}]
      incidents:
        - id: i
          date: 2015-05-19
          product: p
          alleged:
            - {by: the AI Incident Database, developers: [yt], deployers: [yt], harmed: [kids],
               systems: [YouTube Kids], sources: [r1]}
      sources: [{id: r1, title: Report 1, url: "https://example.com/r1"}]
      """
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let trace = try IncidentTrace.trace(document, incident: "i")
    let plain = TraceReport.text(trace)
    #expect(plain.contains("ALLEGED (NOT ESTABLISHED)"))
    #expect(plain.contains("The AI Incident Database alleges an AI system developed by YouTube"))
    #expect(TraceReport.text(trace, markdown: true).contains("## Alleged (not established)"))
    #expect(TraceHTML.html(trace, svg: nil).contains("<h2 id=\"alleged\">"))
    #expect(!trace.parties.contains { trace.graph.ids[$0.party] == "yt" })
    // How the chain's facts are known is printed beside them on the path.
    #expect(plain.contains("P [product, inferred]"), "\(plain)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(TraceReport.json(trace).rendered().utf8))
        as? [String: Any])
    let incident = try #require(object["incident"] as? [String: Any])
    let alleged = try #require((incident["alleged"] as? [[String: Any]])?.first)
    #expect(alleged["developers"] as? [String] == ["yt"])
    #expect(alleged["sources"] as? [String] == ["r1"])
    #expect((object["path_known"] as? [String: String])?["p"] == "inferred")
  }

  @Test func jsonCarriesTheContract() throws {
    let trace = try #require(try exampleTraces().first)
    let text = TraceReport.json(trace).rendered()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    for key in ["incident", "path", "parties", "contracts", "timeline", "evidence", "uncovered"] {
      #expect(object[key] != nil, "\(key)")
    }
    let parties = try #require(object["parties"] as? [[String: Any]])
    let lexco = try #require(parties.first { $0["party"] as? String == "lexco" })
    for key in ["roles", "holds", "controls", "duties", "posture", "reasons"] {
      #expect(lexco[key] != nil, "\(key)")
    }
    #expect(lexco["posture"] as? String == "primary")
    let duties = try #require(lexco["duties"] as? [String: Any])
    let principles = try #require(duties["principles"] as? [String: Any])
    let assigned = try #require(principles["assignments"] as? [[String: Any]])
    #expect(assigned.first?["rule"] as? String == "principles/answer-for-harm-at-use")
    #expect((object["path"] as? [String])?.first == "lexbot")
  }

  // The responsibility matrix: a column per party, a row per duty, several
  // parties may hold one duty, each cell with its legal basis.
  @Test func csvMatrix() throws {
    let trace = try #require(try exampleTraces().first)
    let lines = TraceReport.csv(trace).split(separator: "\n").map(String.init)
    #expect(
      lines[0] == "regime,rule,duty,citation,status,lexco,acme-legal,google,nous-research,meta")
    #expect(lines[1] == ",,posture,,,primary,contributory,not-liable,not-liable,not-liable")
    let documentation = try #require(
      lines.first { $0.contains("principles/dataset-documentation") })
    #expect(documentation.components(separatedBy: "owes for").count - 1 == 3)
    #expect(TraceReport.csvField("a, \"b\"") == "\"a, \"\"b\"\"\"")
  }

  @Test func textAndMarkdownHaveEverySection() throws {
    let trace = try #require(try exampleTraces().first)
    let text = TraceReport.text(trace)
    for heading in [
      "SUMMARY", "REGIMES APPLIED", "PATH", "PARTIES", "REGIMES COMPARED", "CONTRACTS",
      "TIMELINE", "EVIDENCE",
    ] {
      #expect(text.contains("\n" + heading), "\(heading)")
    }
    #expect(text.hasSuffix(DutiesReport.notice))
    // Wrapped at 80 columns; only an address too long for a line stands
    // alone on a longer one (broken, it could not be copied).
    #expect(
      text.split(separator: "\n").allSatisfy {
        $0.count <= TextLayout.width || !$0.trimmingCharacters(in: .whitespaces).contains(" ")
      })
    let markdown = TraceReport.text(trace, markdown: true)
    // In names, not ids.
    #expect(markdown.contains("| LexCo, Inc. (hypothetical) | primary | product-vendor |"))
    #expect(markdown.hasPrefix("# Incident: LexBot fabricated case citation"))
    #expect(!markdown.contains("`"))
  }
}

/// A contract term a regime voids shows on the contract in every report.
@Suite struct VoidedTermReportTests {
  @Test func aVoidedCapShowsOnTheContract() throws {
    let path = renderPackageRoot.appendingPathComponent(
      "Tests/LiabilityRulesTests/Fixtures/ct-frontier.yaml"
    ).path
    let document = try #require(Loader.load(path: path).document)
    let regime = try #require(BuiltinRegimes.regime("ct-sb5"))
    let trace = try IncidentTrace.trace(document, incident: "screen-injury", regimes: [regime])
    // The text is wrapped: compare it as one line.
    let text = TraceReport.text(trace).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      text.contains(
        "under ct-sb5 (Conn. Public Act 26-15) a liability cap of $1 million does not hold for "
          + "catastrophic risk (death, physical-injury, property-damage)"))
    let html = TraceHTML.html(trace, svg: nil)
    #expect(html.contains("Under ct-sb5 (Conn. Public Act 26-15) an exclusion of liability"))
    let json = TraceReport.json(trace).rendered()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let contracts = try #require(object["contracts"] as? [[String: Any]])
    let terms = try #require(contracts.first?["void_terms"] as? [[String: Any]])
    #expect(
      terms.compactMap { $0["term"] as? String } == [
        "a liability cap of $1 million", "an exclusion of liability for death",
      ])
    #expect(terms.allSatisfy { $0["rule"] as? String == "ct-sb5/frontier-liability-limit" })
  }
}

@Suite struct OpennessDisplayTests {
  // The Model Openness Framework class shows in diagrams and in `show`.
  @Test func classInDiagramAndShow() throws {
    let text = """
      format: liability-graph/1
      parties: [{id: lab, name: Lab, kind: company}]
      models:
        - id: m
          name: M
          developer: lab
          components: {Model architecture: Apache-2.0, Model parameters (Final): Apache-2.0,
            Evaluation results: CC-BY-4.0, Model card: CC-BY-4.0, Data card: CC-BY-4.0,
            Technical report: CC-BY-4.0}
        - {id: n, name: N, developer: lab}
      """
    let document = try #require(
      Loader.load(bytes: Array(text.utf8), file: "t.yaml", json: false).document)
    let graph = SupplyChainGraph(document: document)
    let dot = DOTWriter().write(graph)
    #expect(dot.contains("MOF: Class III"))
    #expect(dot.components(separatedBy: "MOF:").count == 2)  // only the model that lists components
    #expect(GraphReports.showText(graph).contains("Model Openness Framework Class III"))
    let json = GraphReports.showJSON(graph).rendered()
    #expect(json.contains("\"label\": \"Class III - Open Model\""))
  }
}
