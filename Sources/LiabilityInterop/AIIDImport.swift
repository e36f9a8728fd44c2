import Foundation
import LiabilityGraph

/// Reads the AI Incident Database's public snapshot exports: `incidents`
/// (`incident_id`, `date`, `title`, `description`, `reports`, `Alleged
/// deployer of AI system`, `Alleged developer of AI system`, `Alleged
/// harmed or nearly harmed parties`, `implicated_systems`), `reports`
/// (`report_number`, `url`, `title`, `date_published`, `source_domain`,
/// `authors`) and `entities` (`entity_id`, `name`), each as CSV (the
/// snapshot's `incidents.csv`, `reports.csv`, `entities.csv`) or JSON (an
/// array of documents, or one per line, as `mongoexport` writes them). A
/// file's kind is told by its columns or keys.
///
/// Each incident becomes an incident whose `alleged` entry says what the
/// database alleges (developers, deployers, harmed parties, implicated
/// systems), never a role: the chain the incident implies is left open
/// for the user to complete, as an unidentified product vendor and an
/// unidentified model by an unidentified developer. Each report is a
/// source with its address, publisher and publication date.
public struct AIIDImport: ChainImporter {
  /// The chain's title.
  public var title: String { "Imported from the AI Incident Database" }

  /// An incident as read.
  struct Record {
    var number: Int
    var title: String?
    var description: String?
    var date: Day?
    var reports: [Int]
    var deployers: [String]
    var developers: [String]
    var harmed: [String]
    var systems: [String]
    var place: SourceLocation
  }

  /// A report as read.
  struct Report {
    var number: Int
    var url: String?
    var title: String?
    var published: Day?
    var domain: String?
    var authors: [String]
    var place: SourceLocation
  }

  var incidents: [Record] = []
  var reports: [Int: Report] = [:]
  var entities: [String: String] = [:]
  var files = 0

  /// An importer.
  public init() {}

  /// The columns that tell each kind of file.
  static let deployerKey = "Alleged deployer of AI system"
  static let developerKey = "Alleged developer of AI system"
  static let harmedKey = "Alleged harmed or nearly harmed parties"

  /// Reads one export file.
  public mutating func read(_ file: ImportedFile, into chain: inout ChainAssembler) {
    let first = file.bytes.first { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13) }
    if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
      readJSON(file, into: &chain)
    } else {
      readCSV(file, into: &chain)
    }
  }

  /// A record's fields, by name, each with where it is.
  typealias Fields = [String: (value: Field, place: SourceLocation)]

  /// A field's value: text (a CSV cell, a JSON scalar) or a list.
  enum Field {
    case text(String)
    case list([String])
  }

  mutating func readCSV(_ file: ImportedFile, into chain: inout ChainAssembler) {
    guard var reader = try? CSVReader(path: file.path) else {
      chain.warn(.unreadableFile, "cannot be read; left out", at: file.at(1))
      return
    }
    defer { reader.close() }
    guard let header = reader.next() else {
      chain.warn(.notAChain, "an empty file; left out", at: file.at(1))
      return
    }
    let columns = header.map { $0.trimmingCharacters(in: .whitespaces) }
    guard kind(of: Set(columns), file, &chain) != nil else { return }
    files += 1
    while let row = reader.next() {
      var fields: Fields = [:]
      for (index, column) in columns.enumerated() where index < row.count {
        let start = reader.start(of: index)
        fields[column] = (.text(row[index]), file.at(start.line, start.column))
      }
      let start = reader.start(of: 0)
      add(fields, at: file.at(start.line, start.column), &chain)
    }
  }

  mutating func readJSON(_ file: ImportedFile, into chain: inout ChainAssembler) {
    var documents: [JSONView] = []
    switch JSONReader(file: file.path).read(file.bytes) {
    case .success(let node):
      let root = JSONView(node: node)
      if case .sequence = node.content {
        documents = root.array
      } else if let list = root["incidents"] ?? root["reports"] ?? root["entities"] {
        documents = list.array
      } else {
        documents = [root]
      }
    case .failure:
      // One document per line (mongoexport's default).
      var line = 0
      for text in String(decoding: file.bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      {
        line += 1
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { continue }
        switch JSONReader(file: file.path).read(Array(trimmed.utf8)) {
        case .success(let node):
          var placed = node
          placed.line = line
          documents.append(JSONView(node: placed))
        case .failure(let list):
          chain.warn(
            .syntaxError,
            "line \(line) is not a JSON document (\(list.diagnostics.first?.message ?? "")); "
              + "left out", at: file.at(line))
        }
      }
    }
    guard let sample = documents.first else {
      chain.warn(.notAChain, "no documents; left out", at: file.at(1))
      return
    }
    guard kind(of: Set(sample.keys.map(\.key)), file, &chain) != nil else { return }
    files += 1
    for document in documents {
      var fields: Fields = [:]
      guard case .mapping(let entries) = document.node.content else { continue }
      for entry in entries {
        let place = file.at(entry.keyLine == 0 ? document.line : entry.keyLine, entry.keyColumn)
        switch entry.value.content {
        case .scalar(let text, _): fields[entry.key] = (.text(text), place)
        case .sequence(let items):
          // A list of ids, or of `{entity_id, name}` / `{report_number}`.
          let values = items.compactMap { item -> String? in
            let view = JSONView(node: item)
            if let text = view.string { return text }
            if let id = view["entity_id"]?.string {
              if let name = view["name"]?.string, entities[id] == nil { entities[id] = name }
              return id
            }
            return view["report_number"]?.string
          }
          fields[entry.key] = (.list(values), place)
        default: break
        }
      }
      add(fields, at: file.at(document.line, document.column), &chain)
    }
  }

  enum Kind { case incidents, reports, entities }

  /// What a file holds, told by its columns; nil, said, for none of them.
  func kind(of columns: Set<String>, _ file: ImportedFile, _ chain: inout ChainAssembler) -> Kind? {
    if columns.contains("incident_id")
      && (columns.contains(Self.deployerKey) || columns.contains(Self.developerKey)
        || columns.contains("title"))
    {
      return .incidents
    }
    if columns.contains("report_number") { return .reports }
    if columns.contains("entity_id") { return .entities }
    chain.warn(
      .notAChain,
      "not an AI Incident Database export (no incident_id, report_number or entity_id); left out",
      at: file.at(1))
    return nil
  }

  /// The values of a list field: a JSON array's, or a cell's, read as a
  /// JSON array (`["openai","microsoft"]`, `[1,2]`) or as values
  /// separated by `;` or `,`.
  static func values(_ field: Field?) -> [String] {
    switch field {
    case .none: return []
    case .list(let items):
      return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    case .text(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      var inner = trimmed
      if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
        inner = String(trimmed.dropFirst().dropLast())
      }
      let separator: Character = inner.contains(";") ? ";" : ","
      return inner.split(separator: separator).map {
        $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
      }.filter { !$0.isEmpty }
    }
  }

  static func text(_ field: Field?) -> String? {
    guard case .text(let value) = field else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A date as the exports write it (`2015-05-19`, or with a time).
  static func day(_ field: Field?) -> Day? {
    text(field).flatMap { Day(String($0.prefix(10))) }
  }

  /// One document or row, by what it holds.
  mutating func add(_ fields: Fields, at place: SourceLocation, _ chain: inout ChainAssembler) {
    if fields["incident_id"] != nil {
      guard let text = Self.text(fields["incident_id"]?.value), let number = Int(text), number >= 0
      else {
        chain.warn(
          .invalidValue,
          "incident_id '\(Self.text(fields["incident_id"]?.value) ?? "")' is not a number; the "
            + "incident is left out", at: fields["incident_id"]?.place ?? place)
        return
      }
      incidents.append(
        Record(
          number: number, title: Self.text(fields["title"]?.value),
          description: Self.text(fields["description"]?.value),
          date: Self.day(fields["date"]?.value),
          reports: Self.values(fields["reports"]?.value).compactMap { Int($0) },
          deployers: Self.values(fields[Self.deployerKey]?.value),
          developers: Self.values(fields[Self.developerKey]?.value),
          harmed: Self.values(fields[Self.harmedKey]?.value),
          systems: Self.values(fields["implicated_systems"]?.value), place: place))
    } else if fields["report_number"] != nil {
      guard let number = Self.text(fields["report_number"]?.value).flatMap({ Int($0) }) else {
        chain.warn(
          .invalidValue, "report_number is not a number; the report is left out",
          at: fields["report_number"]?.place ?? place)
        return
      }
      if reports[number] != nil {
        chain.warn(.duplicateID, "report \(number) is given twice; the first is kept", at: place)
        return
      }
      reports[number] = Report(
        number: number, url: Self.text(fields["url"]?.value),
        title: Self.text(fields["title"]?.value),
        published: Self.day(fields["date_published"]?.value),
        domain: Self.text(fields["source_domain"]?.value),
        authors: Self.values(fields["authors"]?.value), place: place)
    } else if let id = Self.text(fields["entity_id"]?.value) {
      if let name = Self.text(fields["name"]?.value) { entities[id] = name }
    }
  }

  /// Makes the chain: parties for the entities named, a source per report
  /// and per incident, and each incident with its allegation and the
  /// chain it implies left open.
  public mutating func finish(into chain: inout ChainAssembler) {
    var seen: Set<Int> = []
    var partyIDs: [String: String] = [:]
    func party(_ entity: String, at place: SourceLocation) -> String {
      if let id = partyIDs[entity] { return id }
      let name = entities[entity] ?? entity
      let id = chain.party(key: "aiid:" + entity, wanted: entity, prefix: "aiid:", at: place) {
        Party(
          id: $0, name: name, description: "An entity of the AI Incident Database",
          fact: Fact(location: place))
      }
      partyIDs[entity] = id
      return id
    }
    var reportSources: [Int: String] = [:]
    for number in reports.keys.sorted() {
      guard let report = reports[number] else { continue }
      let id = chain.mint("aiid-report-\(number)", what: "source", at: report.place)
      var fact = Fact(location: report.place)
      if let published = report.published {
        fact.extra.append(.init(key: "published", value: .string(published.description)))
      }
      if !report.authors.isEmpty {
        fact.extra.append(.init(key: "authors", value: .list(report.authors.map { .string($0) })))
      }
      chain.add(
        Source(
          id: id, title: report.title ?? "AI Incident Database report \(number)", url: report.url,
          publisher: report.domain, fact: fact))
      reportSources[number] = id
    }
    for record in incidents {
      guard seen.insert(record.number).inserted else {
        chain.warn(
          .duplicateID, "incident \(record.number) is given twice; the first is kept",
          at: record.place)
        continue
      }
      guard let date = record.date else {
        chain.warn(
          .missingKey,
          "incident \(record.number) has no date; left out (an incident is traced as of its day)",
          at: record.place)
        continue
      }
      let n = record.number
      let citation = chain.mint("aiid-incident-\(n)", what: "source", at: record.place)
      chain.add(
        Source(
          id: citation,
          title: "AI Incident Database, incident \(n)" + (record.title.map { ": " + $0 } ?? ""),
          url: "https://incidentdatabase.ai/cite/\(n)", publisher: "AI Incident Database",
          fact: Fact(location: record.place)))
      var cited: [String] = []
      for number in record.reports {
        if let id = reportSources[number] {
          cited.append(id)
        } else if !reports.isEmpty {
          chain.warn(
            .unknownReference,
            "incident \(n) names report \(number), which the exports read do not hold; left out",
            at: record.place)
        }
      }
      // The chain the incident implies, left open: who offered the
      // system and whose model it runs are not established. That there is
      // such a product and model is inferred, not declared.
      var inferred = Fact(location: record.place)
      inferred.known = .inferred
      let vendor = chain.party(
        key: "\u{0}aiid-vendor-\(n)", wanted: "aiid-\(n)-vendor", at: record.place
      ) {
        Party(
          id: $0, name: "unidentified party", identified: false, fact: inferred)
      }
      let developer = chain.party(
        key: "\u{0}aiid-developer-\(n)", wanted: "aiid-\(n)-developer", at: record.place
      ) {
        Party(
          id: $0, name: "unidentified party", identified: false, fact: inferred)
      }
      let modelID = chain.mint("aiid-\(n)-model", what: "model", at: record.place)
      var model = Model(
        id: modelID, name: "unidentified model", developer: developer,
        description: "The model behind AI Incident Database incident \(n): not identified",
        fact: inferred)
      model.identified = false
      model.lineageStated = false
      chain.add(model)
      let productID = chain.mint("aiid-\(n)-system", what: "product", at: record.place)
      let systemName =
        record.systems.isEmpty
        ? "The AI system of AI Incident Database incident \(n)"
        : record.systems.map { entities[$0] ?? $0 }.joined(separator: ", ")
      chain.add(
        Product(
          id: productID, name: systemName, vendor: vendor,
          uses: [Reference(id: modelID, location: record.place)], markets: [],
          riskAreasStated: false, generatesStated: false, functionsStated: false,
          systemChangesStated: false,
          description: "The product through which incident \(n) happened, as the database "
            + "alleges it; who offered it and which model it runs are not established",
          fact: inferred))
      let allegation = Incident.Allegation(
        by: "the AI Incident Database",
        developers: record.developers.map { party($0, at: record.place) }.uniqued(),
        deployers: record.deployers.map { party($0, at: record.place) }.uniqued(),
        harmed: record.harmed.map { party($0, at: record.place) }.uniqued(),
        systems: record.systems.map { entities[$0] ?? $0 }.uniqued(),
        fact: Fact(sources: cited, location: record.place))
      let incidentID = chain.mint("aiid-\(n)", what: "incident", at: record.place)
      var incident = Incident(
        id: incidentID, name: record.title, date: date, product: productID,
        description: record.description,
        fact: Fact(sources: [citation], location: record.place))
      incident.alleged = [allegation]
      chain.add(incident)
    }
  }

  /// How many files and incidents.
  public func summary(of chain: ChainAssembler, files count: Int) -> [String] {
    [
      "\(files) exports read of \(count) files: \(chain.document.incidents.count) incidents, "
        + "\(reports.count) reports, \(chain.counts.parties) parties (each incident's vendor and "
        + "developer left unidentified: what the database alleges is in 'alleged')"
    ]
  }
}
