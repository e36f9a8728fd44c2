import Foundation
import LiabilityGraph
import LiabilityRules
import Testing

@testable import LiabilityRender
@testable import LiabilityReports

/// Reports say what no law reached, what was assumed and what stays open,
/// in names rather than ids, each on the smallest chain that shows it.
@Suite struct OpenWorldReportTests {
  /// A chatbot incident in British Columbia in 2022, its model's supplier
  /// unknown, with the tribunal's decision.
  static let canadian = """
    format: liability-graph/1
    parties:
      - {id: airline, name: Air Canada, kind: company, jurisdictions: [CA]}
      - {id: supplier, identified: false, kind: company}
    models:
      - {id: chatmodel, identified: false, developer: supplier}
    products:
      - id: chatbot
        name: Air Canada website chatbot
        vendor: airline
        uses: [chatmodel]
        markets: [CA]
        released: 2022-01-01
    incidents:
      - id: bereavement
        name: Chatbot misstated the bereavement fare policy
        date: 2022-11-11
        product: chatbot
        harm: financial loss
        jurisdiction: CA-BC
        proceedings:
          - forum: British Columbia Civil Resolution Tribunal
            claimant: Jake Moffatt
            respondents: [airline]
            causes_of_action: [negligent misrepresentation]
            filed: 2023-03-01
            decided: 2024-02-14
            outcome: claimant succeeded
            damages_usd: 600
            citation: Moffatt v. Air Canada, 2024 BCCRT 149
            pinpoints: [para 32]
    """

  static func trace(_ yaml: String, _ incident: String) throws -> IncidentTrace {
    let result = Loader.load(bytes: Array(yaml.utf8), file: "t.yaml", json: false)
    let document = try #require(result.document, "\(result.diagnostics)")
    return try IncidentTrace.trace(document, incident: incident)
  }

  static func object(_ value: JSONValue) throws -> [String: Any] {
    let data = Data(value.rendered().utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  // No law reached a Canadian incident of 2022: the summary says so first,
  // every law considered is listed with its reason, and the principles are
  // a policy analysis, never verified law.
  @Test func whenNoLawAppliedTheSummarySaysSoFirst() throws {
    let trace = try Self.trace(Self.canadian, "bereavement")
    #expect(!trace.anyLawApplied)
    let laws = BuiltinRegimes.all.filter { $0.kind != .principles }.map(\.id)
    #expect(trace.regimesNotApplied.map(\.regime.id).sorted() == laws.sorted())
    let eu = try #require(trace.regimesNotApplied.first { $0.regime.id == "eu-ai-act" })
    #expect(eu.why == "not in force on 2022-11-11: it applies from 2024-08-01")
    let text = TraceReport.text(trace)
    let summary = try #require(text.components(separatedBy: "SUMMARY\n").last)
    #expect(summary.hasPrefix("  No law applied to this incident"))
    #expect(
      text.replacingOccurrences(of: "\n  ", with: " ").contains("(a policy analysis, not law)"))
    #expect(!text.contains("[verified]"))
    let json = try Self.object(TraceReport.json(trace))
    #expect(json["any_law_applied"] as? Bool == false)
    let notApplied = try #require(json["regimes_not_applied"] as? [[String: Any]])
    #expect(notApplied.count == laws.count)
    #expect(notApplied.allSatisfy { ($0["why"] as? String)?.isEmpty == false })
  }

  // A law in force whose territory the incident is outside of says so.
  @Test func aLawOutsideItsTerritorySaysWhy() throws {
    let later = Self.canadian.replacingOccurrences(of: "2022-11-11", with: "2026-11-11")
    let trace = try Self.trace(later, "bereavement")
    let eu = try #require(trace.regimesNotApplied.first { $0.regime.id == "eu-ai-act" })
    #expect(eu.why.contains("CA-BC"))
    #expect(!trace.anyLawApplied)
  }

  // Proceedings appear in every report and on the timeline.
  @Test func proceedingsAppearInEveryReport() throws {
    let trace = try Self.trace(Self.canadian, "bereavement")
    let text = TraceReport.text(trace)
    let markdown = TraceReport.text(trace, markdown: true)
    let html = TraceHTML.html(trace, svg: nil)
    for report in [text, markdown, html] {
      #expect(report.contains("British Columbia Civil Resolution Tribunal"))
      #expect(report.contains("Moffatt v. Air Canada, 2024 BCCRT 149"))
    }
    // The respondent's id is read as its name.
    #expect(text.contains("Jake Moffatt v. Air Canada"))
    #expect(trace.timeline.contains { $0.date == Day("2024-02-14") })
    #expect(trace.timeline.contains { $0.date == Day("2023-03-01") })
    let json = try Self.object(TraceReport.json(trace))
    let incident = try #require(json["incident"] as? [String: Any])
    let proceedings = try #require(incident["proceedings"] as? [[String: Any]])
    #expect(proceedings.first?["citation"] as? String == "Moffatt v. Air Canada, 2024 BCCRT 149")
    #expect(proceedings.first?["damages_usd"] as? Double == 600)
  }

  // Reports speak in names: an unidentified supplier is "an unidentified
  // party", and its assumed pre-training is said.
  @Test func reportsSpeakInNames() throws {
    let trace = try Self.trace(Self.canadian, "bereavement")
    let text = TraceReport.text(trace)
    #expect(text.contains("an unidentified party (supplier)"))
    #expect(text.contains("Air Canada offered Air Canada website chatbot"))
    #expect(!text.contains("airline offers"))
    let supplier = try #require(
      trace.parties.first { trace.graph.ids[$0.party] == "supplier" })
    #expect(supplier.roles.contains { !$0.assumed.isEmpty })
    #expect(text.contains("assumed"))
  }

  // The HTML report has no literal backticks and no blank header cell.
  @Test func htmlHasNoEngineMarkup() throws {
    for trace in try exampleTraces() + [Self.trace(Self.canadian, "bereavement")] {
      let html = TraceHTML.html(trace, svg: nil)
      #expect(!html.contains("`"), "\(trace.incident.id)")
      #expect(!html.contains("<th></th>"), "\(trace.incident.id)")
    }
  }

  // compare marks a party "differs" only between regimes in force on the
  // date.
  @Test func compareDiffersOnlyAmongRegimesInForce() throws {
    let yaml = """
      format: liability-graph/1
      parties:
        - {id: lab, name: Lab, kind: company, jurisdictions: [US]}
      models:
        - {id: m, name: M, developer: lab, general_purpose: true, weights: closed, derived_from: []}
      products:
        - {id: app, name: App, vendor: lab, uses: [{model: m, runs: self-hosted}], markets: [EU]}
      """
    let document = try #require(
      Loader.load(bytes: Array(yaml.utf8), file: "t.yaml", json: false).document)
    let graph = SupplyChainGraph(document: document, asOf: Day("2026-09-01"))
    let lab = try #require(graph.node("lab"))
    func regime(_ id: String) throws -> Regime { try #require(BuiltinRegimes.regime(id)) }
    // The principles put the product's harm on Lab; New York's amended
    // RAISE Act is not in force until 2027: nothing is compared, nothing
    // differs, though Lab owes under one and nothing under the other.
    let early = CompareReport(
      graph: graph, regimes: [try regime("principles"), try regime("ny-raise-2026")])
    #expect(!early.cell(lab, early.reports[0]).duties.isEmpty)
    #expect(early.cell(lab, early.reports[1]).duties.isEmpty)
    #expect(!early.reports[1].inForce)
    #expect(!early.differs(lab))
    // California's SB 53, in force, asks nothing of a lab outside it with
    // no frontier model: that differs.
    let current = CompareReport(
      graph: graph, regimes: [try regime("principles"), try regime("ca-sb53")])
    #expect(current.reports.allSatisfy { $0.inForce })
    #expect(current.cell(lab, current.reports[1]).duties.isEmpty)
    #expect(current.differs(lab))
  }

  // `regimes show` lists the harms each pack answers for.
  @Test func regimeReportsListTheHarmsAnsweredFor() throws {
    let pld = try #require(BuiltinRegimes.regime("eu-pld"))
    #expect(RegimeReport.text(pld).contains("answers for harm: physical-injury, death"))
    let ear = try #require(BuiltinRegimes.regime("us-ear"))
    #expect(ear.harmsAnsweredFor == nil)
    #expect(RegimeReport.text(ear).contains("answers for harm: none"))
    let json = try Self.object(RegimeReport.json(pld))
    #expect((json["harms"] as? [String])?.first == "physical-injury")
    let principles = try #require(BuiltinRegimes.regime("principles"))
    #expect(principles.harmsAnsweredFor == [])
    #expect(RegimeReport.text(principles).contains("answers for harm: any harm"))
  }

  // Roles and holdings JSON carry `assumed`.
  @Test func rolesAndHoldingsCarryAssumed() throws {
    let trace = try Self.trace(Self.canadian, "bereavement")
    let roles = try Self.object(GraphReports.rolesJSON(trace.graph))
    let assignments = try #require(roles["assignments"] as? [[String: Any]])
    let supplier = try #require(assignments.first { $0["party"] as? String == "supplier" })
    #expect((supplier["assumed"] as? [String])?.isEmpty == false)
    let airline = try #require(assignments.first { $0["party"] as? String == "airline" })
    #expect((airline["assumed"] as? [String]) == [])
    let holdings = try Self.object(HoldingsReport.json(InformationHoldings(trace.graph)))
    let parties = try #require(holdings["parties"] as? [String: Any])
    let held = try #require((parties["supplier"] as? [String: Any])?["holds"] as? [[String: Any]])
    #expect(held.allSatisfy { ($0["assumed"] as? [String])?.isEmpty == false })
  }
}
