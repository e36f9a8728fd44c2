import Foundation
import GRDB
import LiabilityGraph
import Testing

@testable import LiabilityStore

let storeRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let storeExamples = [
  "llama-3.1-lexbot", "deepseek-r1-distill-qwen", "olmo-2-tulu", "mistral-zephyr",
  "closed-api-consumer-app",
]

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lgraph-store-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// A graph as sets: node ids with kinds, and edges with kinds and
/// relations; equal for the same chain however it was written.
struct GraphShape: Equatable, CustomStringConvertible {
  var nodes: Set<String>
  var edges: Set<String>

  init(_ graph: SupplyChainGraph) {
    nodes = Set((0..<graph.nodeCount).map { "\(graph.kinds[$0].rawValue) \(graph.ids[$0])" })
    edges = Set(
      graph.edges.map {
        "\(graph.ids[$0.from]) -\($0.kind.rawValue)\($0.relation.map { "/\($0.rawValue)" } ?? "")-> "
          + graph.ids[$0.to]
      })
  }

  var description: String { "\(nodes.count) nodes, \(edges.count) edges" }
}

func load(_ text: String, json: Bool) throws -> Document {
  let result = Loader.load(bytes: Array(text.utf8), file: json ? "x.json" : "x.yaml", json: json)
  return try #require(result.document, "\(result.diagnostics)")
}

/// What the items say, without where they were written: the facts a graph
/// does not show (names, dates, numbers, sources, extra data).
func facts(_ document: Document) -> [String] {
  var out: [String] = []
  out += document.parties.map {
    "\($0.id) \($0.name) \($0.kind?.rawValue ?? "-") \($0.jurisdictions) \($0.revenueUSD ?? -1) "
      + "\($0.fact.sources) \($0.fact.extra.count) \($0.fact.validFrom?.description ?? "")"
  }
  out += document.models.map {
    "\($0.id) \($0.name) \($0.released?.description ?? "") \($0.trainingComputeFLOP ?? -1) "
      + "\($0.weights?.rawValue ?? "") \($0.license ?? "") \($0.monetized.map { "\($0)" } ?? "") "
      + "\($0.derivedFrom.map { "\($0.base)/\($0.relationName)/\($0.computeFLOP ?? -1)" }) "
      + "\($0.fact.sources)"
  }
  out += document.services.map {
    "\($0.id) \($0.hosts.map { "\($0.id) \($0.fact?.validFrom?.description ?? "")" }) "
      + "\($0.fact.validFrom?.description ?? "") \($0.fact.validTo?.description ?? "")"
  }
  out += document.products.map { "\($0.id) \($0.markets) \($0.riskAreas) \($0.generates)" }
  out += document.disclosures.map { "\($0.id) \($0.items) \($0.date?.description ?? "")" }
  out += document.contracts.map {
    "\($0.id) \($0.liabilityCapUSD ?? -1) \($0.excludes) \($0.indemnities.map(\.harms))"
  }
  out += document.incidents.map { "\($0.id) \($0.date) \($0.harm ?? "")" }
  out += document.sources.map { "\($0.id) \($0.url ?? "") \($0.retrieved?.description ?? "")" }
  out.append("\(document.title ?? "") \(document.asOf?.description ?? "")")
  return out
}

@Suite struct StoreTests {
  // Every example, imported and exported as YAML and as JSON, is the same
  // chain: the same graph, and the same facts item by item.
  @Test(arguments: storeExamples)
  func roundTrip(name: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = storeRoot.appendingPathComponent("examples/\(name).yaml").path
    let original = try #require(Loader.load(path: path).document)
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let summary = try store.importFile(at: path)
    #expect(summary.revision == 1)
    #expect(summary.changed.isEmpty && summary.removed.isEmpty)
    for format in DocumentWriter.Format.allCases {
      let text = try store.export(as: format)
      let back = try load(text, json: format == .json)
      #expect(
        GraphShape(SupplyChainGraph(document: back))
          == GraphShape(SupplyChainGraph(document: original)))
      #expect(facts(back) == facts(original), "\(name) as \(format)")
    }
    // Re-importing the same file records a revision that changes nothing.
    let again = try store.importFile(at: path)
    #expect(again.revision == 2)
    #expect(again.added.isEmpty && again.changed.isEmpty && again.removed.isEmpty)
    #expect(again.edgesAdded == 0 && again.edgesRemoved == 0)
  }

  // Two revisions of one file: the log says what changed, and the store
  // reads as recorded at each.
  @Test func historyAndAsRecorded() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("chain.yaml")
    let first = """
      format: liability-graph/1
      title: First
      parties:
        - {id: lab, name: Lab, kind: company}
        - {id: old, name: Old Co}
      models:
        - {id: m, name: M, developer: lab, training_compute_flop: 1.0e24}
        - {id: gone, name: Gone, developer: old}
      """
    try first.write(to: file, atomically: true, encoding: .utf8)
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    _ = try store.importFile(at: file.path, message: "first")
    let second = """
      format: liability-graph/1
      title: Second
      parties:
        - {id: lab, name: Lab, kind: company}
      models:
        - {id: m, name: M, developer: lab, training_compute_flop: 2.0e24}
        - id: tune
          name: Tune
          developer: lab
          derived_from: [{model: m, relation: finetune}]
      """
    try second.write(to: file, atomically: true, encoding: .utf8)
    let summary = try store.importFile(at: file.path, message: "second")
    #expect(summary.added == ["tune"])
    #expect(summary.changed == ["m"])
    #expect(summary.removed == ["gone", "old"])
    // lab develops tune, m -> tune; old develops gone: removed.
    #expect(summary.edgesAdded == 2)
    #expect(summary.edgesRemoved == 1)
    let log = try store.log()
    #expect(log.map(\.message) == ["first", "second"])
    #expect(log.map(\.added) == [4, 1])
    #expect(log.last.map { [$0.changed, $0.removed] } == [1, 2])
    let atOne = try store.document(at: .revision(1))
    #expect(atOne.title == "First")
    #expect(atOne.models.map(\.id) == ["m", "gone"])
    #expect(atOne.models.first?.trainingComputeFLOP == 1.0e24)
    let atTwo = try store.document(at: .latest)
    #expect(atTwo.title == "Second")
    #expect(atTwo.models.map(\.id) == ["m", "tune"])
    #expect(atTwo.models.first?.trainingComputeFLOP == 2.0e24)
    // By date: everything here was recorded today; nothing yesterday.
    let today = String(log[1].recordedAt.prefix(10))
    #expect(try store.document(at: .date(try #require(Day(today)))).title == "Second")
    for point in [RecordedPoint.date(try #require(Day("2000-01-01"))), .revision(3)] {
      let error = #expect(throws: StoreError.self) { try store.document(at: point) }
      #expect(error?.code == .noRevision)
    }
  }

  // Moving an unchanged item within its file records no change, and the
  // export follows the file's new order.
  @Test func movedItemTakesItsNewPlace() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("chain.yaml")
    func write(_ order: [String]) throws {
      let models = order.map { "  - {id: \($0), name: \($0.uppercased()), developer: lab}" }
      let text =
        (["format: liability-graph/1", "parties:", "  - {id: lab, name: Lab}", "models:"]
        + models).joined(separator: "\n")
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    try write(["a", "b", "c"])
    _ = try store.importFile(at: file.path)
    try write(["c", "a", "b"])
    let summary = try store.importFile(at: file.path)
    #expect(summary.added.isEmpty && summary.changed.isEmpty && summary.removed.isEmpty)
    #expect(try store.document(at: .latest).models.map(\.id) == ["c", "a", "b"])
    let back = try load(try store.export(as: .yaml), json: false)
    #expect(back.models.map(\.id) == ["c", "a", "b"])
  }

  // A file with errors records nothing; an id another file defines is
  // refused; a change that breaks another file's references is refused.
  @Test func nothingHalfRecorded() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let a = folder.appendingPathComponent("a.yaml")
    try """
    format: liability-graph/1
    parties: [{id: lab, name: Lab}]
    models: [{id: m, name: M, developer: lab}]
    """.write(to: a, atomically: true, encoding: .utf8)
    _ = try store.importFile(at: a.path)
    let bad = folder.appendingPathComponent("bad.yaml")
    try "format: liability-graph/1\nmodels: [{id: x, name: X, developer: nobody}]\n".write(
      to: bad, atomically: true, encoding: .utf8)
    do {
      _ = try store.importFile(at: bad.path)
      Issue.record("a file with errors was imported")
    } catch {
      #expect(error.message == "has errors, so nothing was imported")
      #expect(error.diagnostics.first?.message.hasPrefix("unknown party 'nobody'") == true)
    }
    let clash = folder.appendingPathComponent("clash.yaml")
    try "format: liability-graph/1\nparties: [{id: lab, name: Other Lab}]\n".write(
      to: clash, atomically: true, encoding: .utf8)
    do {
      _ = try store.importFile(at: clash.path)
      Issue.record("an id defined by another file was imported")
    } catch {
      #expect(error.message.hasPrefix("'lab' is already recorded from "))
    }
    #expect(try store.log().count == 1)
    #expect(try store.document().parties.map(\.name) == ["Lab"])
  }

  // Files that are not stores, and stores of a newer schema, are refused
  // and left exactly as they were.
  @Test func foreignFilesAreLeftUntouched() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var header = Array("SQLite format 3\u{0}".utf8)
    header += Array(repeating: 0x5A, count: 2000)
    let cases: [(String, Data, String)] = [
      ("notes.txt", Data("just some notes\n".utf8), "is not a SQLite database"),
      ("empty.sqlite", Data(), "is an empty file"),
      ("garbled.sqlite", Data(header), "cannot be read as a store"),
    ]
    for (name, data, message) in cases {
      let url = folder.appendingPathComponent(name)
      try data.write(to: url)
      let before = try Data(contentsOf: url)
      for readOnly in [true, false] {
        #expect(throws: StoreError.self) {
          try GraphStore.open(at: url.path, create: true, readOnly: readOnly)
        }
      }
      do {
        _ = try GraphStore.open(at: url.path, create: true)
      } catch {
        #expect(
          error.code == (name == "garbled.sqlite" ? .damagedStore : .notAStore), "\(name)")
        #expect(error.message.contains(message), "\(name): \(error.message)")
        #expect(error.message.contains("left untouched"), "\(name): \(error.message)")
      }
      #expect(try Data(contentsOf: url) == before, "\(name) was modified")
    }
    // Another application's SQLite database.
    let other = folder.appendingPathComponent("other.sqlite")
    try makeForeignDatabase(at: other.path)
    let otherBefore = try Data(contentsOf: other)
    do {
      _ = try GraphStore.open(at: other.path, create: true)
      Issue.record("a foreign database was opened")
    } catch {
      #expect(error.code == .notAStore)
      #expect(error.message.hasPrefix("is a SQLite database but not a LiabilityGraph store"))
    }
    #expect(try Data(contentsOf: other) == otherBefore)
    // A store from a newer version: a migration this version does not know.
    let newer = folder.appendingPathComponent("newer.sqlite")
    do {
      let store = try GraphStore.open(at: newer.path, create: true)
      try store.pool.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
      }
      try store.pool.close()
    }
    let newerBefore = try Data(contentsOf: newer)
    do {
      _ = try GraphStore.open(at: newer.path)
      Issue.record("a newer store was opened")
    } catch {
      #expect(error.code == .notAStore)
      #expect(error.message.hasPrefix("was written by a newer version of lgraph"))
      // Printed by the one printer, at the store as a whole.
      #expect(
        error.description
          == "\(newer.path): error: [not-a-store] " + error.message)
    }
    #expect(try Data(contentsOf: newer) == newerBefore)
  }

  // A bulk lineage list in the Hugging Face shape, dirty as real data is.
  @Test func lineageEdgeList() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let fixture = storeRoot.appendingPathComponent(
      "Tests/LiabilityStoreTests/Fixtures/hf-lineage.csv"
    ).path
    let summary = try store.importEdgeList(at: fixture)
    #expect(summary.rows == 13)
    #expect(summary.edgeRows == 6)
    #expect(summary.skipped == 6)
    let warnings = located(summary.warnings)
    for expected in [
      "6:1: 'acme/self' derives from itself (a self-loop)",
      "9:1: 'bad id' is not a valid id",
      "10:22: unknown relation 'frobnicate'",
      "11:1: 'acme/lonely-merge' is a merge of one base 'meta/base'",
      "13:1: 'acme/two-bases' already has a finetune base 'meta/base' (line 12)",
      "which derives from it: a lineage cycle; this edge is left out",
      "1 duplicate lineage rows recorded once",
    ] {
      #expect(warnings.contains(expected), "missing: \(expected)")
    }
    let document = try store.document()
    let merged = try #require(document.models.first { $0.id == "acme/merged" })
    #expect(merged.derivedFrom.map(\.relation) == [.merge, .merge])
    #expect(merged.developer == "acme")
    #expect(document.parties.map(\.id).sorted() == ["acme", "cyc", "meta"])
    // Importing the list again replaces it: no change in what is recorded.
    let again = try store.importEdgeList(at: fixture)
    #expect(again.base.added.isEmpty && again.base.removed.isEmpty)
    #expect(
      try GraphShape(SupplyChainGraph(document: store.document()))
        == GraphShape(SupplyChainGraph(document: document)))
  }

  // Rows with an empty or bad id are left out, and neither of their ids is
  // recorded; a root (no parent) records its model, counted; a header that
  // names a column twice is refused; a byte-order mark is not a column name.
  @Test func dirtyLineageRowsAreCountedNotLost() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let list = folder.appendingPathComponent("l.csv")
    try
      "\u{FEFF}child,parent,relation\n,b/y,finetune\na/root,,\na/x,b/<br>,finetune\nc/1,c/0,finetune\n"
      .write(to: list, atomically: true, encoding: .utf8)
    let summary = try store.importEdgeList(at: list.path)
    #expect(summary.rows == 4)
    #expect(summary.edgeRows == 1)
    #expect(summary.skipped == 2)
    let warnings = located(summary.warnings)
    #expect(warnings.contains("2:1: an empty id"))
    // The column of the field at fault.
    #expect(warnings.contains("4:5: 'b/<br>' is not a valid id"))
    #expect(warnings.contains("1 rows name no parent: their models recorded, with no lineage"))
    let ids = Set(try store.document().models.map(\.id))
    #expect(ids == ["a/root", "c/0", "c/1"])
    // The store still loads.
    #expect(SupplyChainGraph(document: try store.document()).nodeCount > 0)
    let twice = folder.appendingPathComponent("t.csv")
    try "child,parent,base_model,relation\na,b,c,finetune\n".write(
      to: twice, atomically: true, encoding: .utf8)
    #expect(throws: StoreError.self) { try store.importEdgeList(at: twice.path) }
    #expect(try store.log().count == 1)
  }

  // A file that defines a model an edge list gave lineage to says that
  // lineage is no longer shown.
  @Test func aDefinitionOverEdgeListLineageIsSaid() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let list = folder.appendingPathComponent("l.csv")
    try "child,parent,relation\nhermes/x,some/y,finetune\n".write(
      to: list, atomically: true, encoding: .utf8)
    _ = try store.importEdgeList(at: list.path)
    let file = folder.appendingPathComponent("x.yaml")
    try """
    format: liability-graph/1
    parties:
      - {id: hermes, name: Hermes}
    models:
      - {id: hermes/x, name: X, developer: hermes}
    """.write(to: file, atomically: true, encoding: .utf8)
    let summary = try store.importFile(at: file.path)
    #expect(
      summary.warnings.map(\.message).contains {
        $0.hasPrefix("'hermes/x' is now defined here, so the 1 lineage edge")
      }, "\(summary.warnings)")
  }

  // The typed shape: a nodes file and src,dst,type edges.
  @Test func typedEdgeList() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let nodes = folder.appendingPathComponent("nodes.csv")
    let edges = folder.appendingPathComponent("edges.csv")
    try """
    id,kind,subtype,jurisdiction
    org0,org,,US
    org1,org,,FR
    m0,model,,
    m1,model,,
    ds0,dataset,,
    dep0,deployment,,US
    prod0,product,,US
    apache-2.0,license,,
    """.write(to: nodes, atomically: true, encoding: .utf8)
    try """
    src,dst,type
    org0,m0,publishes
    org1,m1,publishes
    m0,m1,quantized
    apache-2.0,m0,licensed_under
    ds0,m0,trained_on
    org0,ds0,publishes
    m1,dep0,served_via
    org1,dep0,operates
    dep0,prod0,integrated_into
    org0,prod0,ships
    prod0,org1,used_by
    m0,prod0,ships
    """.write(to: edges, atomically: true, encoding: .utf8)
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let summary = try store.importEdgeList(at: edges.path, nodes: nodes.path)
    #expect(summary.edgeRows == 11)
    #expect(
      summary.warnings.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
        "1:1: columns 'subtype', 'jurisdiction' not read: a node from a bulk list records "
          + "only its id and kind (state other facts in a liability-graph file)",
        "13:10: 'ships' from a model to a product is not an edge the format has",
      ])
    // Each warning names the file it is about: the nodes file, the edges.
    #expect(summary.warnings.map(\.location.file) == [nodes.path, edges.path])
    let graph = SupplyChainGraph(document: try store.document())
    let shape = GraphShape(graph)
    for edge in [
      "org0 -develops-> m0", "m0 -lineage/quantize-> m1", "Apache-2.0 -licenses-> m0",
      "ds0 -trained-on-> m0", "m1 -serves-> dep0", "org1 -provides-> dep0",
      "dep0 -uses-> prod0", "org0 -offers-> prod0", "prod0 -deploys-> org1",
      "org0 -publishes-> ds0",
    ] {
      #expect(shape.edges.contains(edge), "\(edge)")
    }
    // The built-in license is referred to, not redefined.
    #expect(try store.document().licenses.isEmpty)
  }

  // A nodes file row without its kind is an error with its line, not a
  // node silently dropped; the store is unchanged.
  @Test func aShortNodesRowIsAnError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let nodes = folder.appendingPathComponent("nodes.csv")
    let edges = folder.appendingPathComponent("edges.csv")
    try "id,kind\norg0,org\nm0\n".write(to: nodes, atomically: true, encoding: .utf8)
    try "src,dst,type\norg0,m0,publishes\n".write(to: edges, atomically: true, encoding: .utf8)
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    #expect {
      try store.importEdgeList(at: edges.path, nodes: nodes.path)
    } throws: { error in
      (error as? StoreError)?.code == .importRefused
        && (error as? StoreError)?.diagnostics.map(\.description) == [
          "\(nodes.path):3:1: error: [syntax-error] fewer columns than the header"
        ]
    }
    #expect(try store.log().isEmpty)
  }

  // Real lineage extracts, when the shared data is present.
  @Test func modelAtlasLineage() throws {
    let path = storeRoot.deletingLastPathComponent().appendingPathComponent(
      "shared/data/model-atlas/readme_extracted_parents.csv"
    ).path
    guard FileManager.default.fileExists(atPath: path) else {
      print("skipped: \(path) is not present")
      return
    }
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    let summary = try store.importEdgeList(at: path, defaultRelation: .finetune)
    #expect(summary.rows > 20_000)
    #expect(summary.edgeRows > 10_000)
    // README-extracted names carry markup (`<br>`, trailing commas): left
    // out with a warning, not misread.
    #expect(summary.warnings.contains { $0.message.contains("is not a valid id") })
    // Whatever was left out, the store loads as a chain.
    let document = try store.document()
    #expect(document.models.count > 10_000)
  }
}

/// A SQLite database of some other application.
func makeForeignDatabase(at path: String) throws {
  let queue = try DatabaseQueue(path: path)
  try queue.write { db in
    try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    try db.execute(sql: "INSERT INTO notes (text) VALUES ('hello')")
  }
}

/// Warnings as `LINE:COLUMN: message`, one per line.
func located(_ warnings: [Diagnostic]) -> String {
  warnings.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    .joined(separator: "\n")
}

/// The store under contention and on a failing disk: readers never wait
/// for a writer, closing never waits for readers, a full disk is said.
@Suite struct StoreContentionTests {
  static func store(_ folder: URL) throws -> GraphStore {
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    _ = try store.importFile(at: storeRoot.appendingPathComponent("examples/olmo-2-tulu.yaml").path)
    return store
  }

  // A reader opened while another process holds the write lock (an import
  // in progress) reads the last recorded revision at once: it does not
  // wait for the writer.
  @Test func aReaderDoesNotWaitForAWriter() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.sqlite").path
    try Self.store(folder).close()
    let writer = try DatabaseQueue(path: path)
    let locked = DispatchSemaphore(value: 0)
    let readerDone = DispatchSemaphore(value: 0)
    let released = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? writer.inDatabase { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        try db.execute(sql: "UPDATE revision SET message = 'in progress' WHERE id = 1")
        locked.signal()
        // Held until the reader has finished: a reader that waited for the
        // lock would never finish, and this wait would time out.
        _ = readerDone.wait(timeout: .now() + 30)
        try db.execute(sql: "ROLLBACK")
      }
      released.signal()
    }
    locked.wait()
    let reader = try GraphStore.open(at: path, readOnly: true)
    let log = try reader.log()
    try reader.close()
    let finishedFirst = released.wait(timeout: .now()) == .timedOut
    readerDone.signal()
    released.wait()
    try writer.close()
    #expect(log.map(\.message) == ["import \(storeRoot.path)/examples/olmo-2-tulu.yaml"])
    #expect(finishedFirst, "the reader finished only after the writer let go")
  }

  // Closing a store that has been written never waits for a reader that
  // holds a snapshot: the log is folded later.
  @Test func closingDoesNotWaitForAReader() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Self.store(folder)
    let path = store.path
    let reader = try DatabaseQueue(
      path: path,
      configuration: {
        var c = Configuration()
        c.readonly = true
        return c
      }())
    let reading = DispatchSemaphore(value: 0)
    let closed = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? reader.read { db in
        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM revision")
        reading.signal()
        // The snapshot is held until the store has closed.
        _ = closed.wait(timeout: .now() + 30)
      }
    }
    reading.wait()
    _ = try store.importFile(
      at: storeRoot.appendingPathComponent("examples/mistral-zephyr.yaml").path)
    try store.close()
    closed.signal()
    try reader.close()
    // Everything recorded is there for the next reader.
    let again = try GraphStore.open(at: path, readOnly: true)
    #expect(try again.log().count == 2)
    try again.close()
  }

  // A disk that fills during an import says so, with the store's path,
  // and the store keeps its last revision.
  @Test func aFullDiskIsSaid() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Self.store(folder)
    // SQLite reports a full disk (SQLITE_FULL) when the file may not grow.
    let pages = try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    try store.pool.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
    }
    do {
      _ = try store.importFile(
        at: storeRoot.appendingPathComponent("examples/llama-3.1-lexbot.yaml").path)
      Issue.record("the import fitted")
    } catch {
      #expect(error.path == store.path)
      #expect(error.message.contains("the disk is full"), "\(error.message)")
      #expect(error.message.contains("the store is unchanged"), "\(error.message)")
    }
    let list = folder.appendingPathComponent("l.csv")
    var rows = "child,parent,relation\n"
    for i in 0..<20_000 { rows += "org/child-\(i),org/base,finetune\n" }
    try rows.write(to: list, atomically: true, encoding: .utf8)
    do {
      _ = try store.importEdgeList(at: list.path)
      Issue.record("the edge list fitted")
    } catch {
      #expect(error.path == store.path)
      #expect(error.message.contains("the disk is full"), "\(error.message)")
    }
    #expect(try store.log().count == 1)
    try store.close()
  }
}
