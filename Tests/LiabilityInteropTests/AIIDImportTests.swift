import Foundation
import LiabilityGraph
import Testing

@testable import LiabilityInterop

/// The AI Incident Database's snapshot exports (`incidents.csv`,
/// `reports.csv`, and entities as `mongoexport` JSON), written here in the
/// exports' shape.
@Suite struct AIIDImportTests {
  static let incidents = """
    _id,incident_id,date,reports,Alleged deployer of AI system,Alleged developer of AI system,Alleged harmed or nearly harmed parties,description,title
    6531e0f1a1,1,2015-05-19,"[1,2]","[""youtube""]","[""youtube""]","[""children""]","Filtering exposed children to disturbing videos.",YouTube Kids Presents Inappropriate Content
    6531e0f1a2,541,2023-05-04,[3],"[""levidow-levidow-&-oberman""]","[""openai""]","[""roberto-mata"",""avianca""]","A lawyer cited cases a chatbot invented.",Hallucinated Court Cases in Mata v. Avianca
    6531e0f1a3,541,2023-05-04,[3],[],[],[],duplicate row,Duplicate
    6531e0f1a4,777,,[],[],[],[],no date,Incident without a date
    6531e0f1a5,x12,2020-01-01,[],[],[],[],bad id,Bad id
    6531e0f1a6,900,2024-02-01,"[3,99]",[],[],[],names a report the exports lack,Missing report

    """

  static let reports = """
    _id,authors,date_downloaded,date_modified,date_published,date_submitted,description,language,report_number,source_domain,submitters,title,url
    r1,"[""Jane Doe""]",2019-04-13,2020-06-11,2015-05-19,2019-06-01,,en,1,example-news.com,"[""Anonymous""]",YouTube Kids shows disturbing videos,https://example-news.com/youtube-kids
    r2,[],2019-04-13,2020-06-11,2017-11-04,2019-06-01,,en,2,example-times.com,[],Something is wrong on the internet,https://example-times.com/wrong
    r3,"[""John Roe""]",2023-05-30,2023-06-01,2023-05-27,2023-05-30,,en,3,example-law.com,[],Lawyer used chatbot in court filing,https://example-law.com/mata
    r3b,[],2023-05-30,2023-06-01,2023-05-27,2023-05-30,,en,3,example-law.com,[],The same report again,https://example-law.com/mata-2

    """

  static let entities = """
    {"_id": "e1", "entity_id": "youtube", "name": "YouTube"}
    {"_id": "e2", "entity_id": "openai", "name": "OpenAI"}
    {"_id": "e3", "entity_id": "children", "name": "Children"}
    {"_id": "e4", "entity_id": "levidow-levidow-&-oberman", "name": "Levidow, Levidow & Oberman"}
    not json
    {"_id": "e5", "entity_id": "roberto-mata", "name": "Roberto Mata"}

    """

  func importAll() throws -> ImportResult {
    let files = [
      try writeTemporary(Self.incidents, "incidents.csv"),
      try writeTemporary(Self.reports, "reports.csv"),
      try writeTemporary(Self.entities, "entities.json"),
    ]
    defer { for file in files { try? FileManager.default.removeItem(at: file) } }
    return AIIDImport.read(paths: files.map(\.path))
  }

  @Test func incidentsWithWhatTheDatabaseAlleges() throws {
    let result = try importAll()
    let document = try importedDocument(result)
    #expect(document.incidents.map(\.id) == ["aiid-1", "aiid-541", "aiid-900"])
    let mata = try #require(document.incidents.first { $0.id == "aiid-541" })
    #expect(mata.date == Day("2023-05-04"))
    #expect(mata.name == "Hallucinated Court Cases in Mata v. Avianca")
    let alleged = try #require(mata.alleged.first)
    #expect(alleged.by == "the AI Incident Database")
    #expect(alleged.developers == ["openai"])
    #expect(alleged.harmed == ["roberto-mata", "avianca"])
    #expect(alleged.fact.sources == ["aiid-report-3"])
    // An entity id the format cannot take gets one it can, its name kept.
    let firm = try #require(document.parties.first { $0.name == "Levidow, Levidow & Oberman" })
    #expect(alleged.deployers == [firm.id])
    // An entity the entities export does not name keeps its id as name.
    #expect(document.parties.first { $0.id == "avianca" }?.name == "avianca")
    // The report is a source with its address, publisher and date.
    let report = try #require(document.sources.first { $0.id == "aiid-report-3" })
    #expect(report.url == "https://example-law.com/mata")
    #expect(report.publisher == "example-law.com")
    #expect(
      report.fact.extra.contains { $0.key == "published" && $0.value == .string("2023-05-27") })
    #expect(mata.fact.sources == ["aiid-incident-541"])
    #expect(
      document.sources.first { $0.id == "aiid-incident-541" }?.url
        == "https://incidentdatabase.ai/cite/541")
  }

  // What is alleged is never a role: the product's vendor and the model's
  // developer are unidentified, and the model's lineage is not stated.
  @Test func theChainItImpliesIsLeftOpen() throws {
    let document = try importedDocument(try importAll())
    let graph = SupplyChainGraph(document: document)
    let product = try #require(document.products.first { $0.id == "aiid-541-system" })
    let vendor = try #require(document.parties.first { $0.id == product.vendor })
    #expect(!vendor.identified)
    let model = try #require(document.models.first { $0.id == product.uses.first?.id })
    #expect(!model.identified && !model.lineageStated)
    #expect(document.parties.first { $0.id == model.developer }?.identified == false)
    // OpenAI, alleged developer, is in no item or link of the chain.
    let openai = try #require(graph.node("openai"))
    #expect(graph.outgoing(openai).isEmpty && graph.incoming(openai).isEmpty)
  }

  @Test func dirtyExportsAreSaidAndTheRestRead() throws {
    let result = try importAll()
    #expect(result.has(.duplicateID, naming: "x12") == false)
    #expect(
      result.diagnostics.contains { $0.code == .duplicateID && $0.message.contains("incident 541") }
    )
    #expect(
      result.diagnostics.contains { $0.code == .duplicateID && $0.message.contains("report 3") })
    #expect(
      result.diagnostics.contains { $0.code == .missingKey && $0.message.contains("incident 777") })
    #expect(result.has(.invalidValue, naming: "x12"), "\(result.printed)")
    #expect(
      result.diagnostics.contains {
        $0.code == .unknownReference && $0.message.contains("report 99")
      })
    #expect(result.diagnostics.contains { $0.code == .syntaxError && $0.location.line == 5 })
    let notAnExport = try writeTemporary("a,b\n1,2\n", "other.csv")
    defer { try? FileManager.default.removeItem(at: notAnExport) }
    let other = AIIDImport.read(paths: [notAnExport.path])
    #expect(other.diagnostics.contains { $0.code == .notAChain })
    #expect(other.document.incidents.isEmpty)
  }

  // The same incident as a JSON document (mongoexport's array form, the
  // entities inline as the API gives them).
  @Test func jsonExportsReadTheSame() throws {
    let json = """
      [{"_id": "x", "incident_id": 541, "date": "2023-05-04", "reports": [3],
        "title": "Hallucinated Court Cases",
        "Alleged deployer of AI system": [{"entity_id": "levidow", "name": "Levidow"}],
        "Alleged developer of AI system": ["openai"],
        "Alleged harmed or nearly harmed parties": [],
        "implicated_systems": ["chatgpt"]}]
      """
    let file = try writeTemporary(json, "incidents.json")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = AIIDImport.read(paths: [file.path])
    let document = try importedDocument(result)
    let incident = try #require(document.incidents.first)
    #expect(incident.alleged.first?.deployers == ["levidow"])
    #expect(document.parties.first { $0.id == "levidow" }?.name == "Levidow")
    #expect(incident.alleged.first?.systems == ["chatgpt"])
    #expect(document.products.first?.name == "chatgpt")
  }
}
