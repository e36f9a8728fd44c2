import Foundation
import GRDB
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import Testing

@testable import LiabilityStore

/// A command about one item reads only the part of a store its answer
/// needs: the answer must be the same as from the whole store, for every
/// item of every kind, in every direction, at every revision.
@Suite struct FocusedReadTests {
  /// A store holding four examples, the typed edge list of the store tests
  /// and a generated Hub-shaped edge list (300 models with lineage, merges,
  /// quantizations, services and products), imported in that order.
  static func store(_ folder: URL) throws -> GraphStore {
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    // The examples that share no id (deepseek-r1-distill-qwen shares a
    // quantizer with llama-3.1-lexbot).
    for name in storeExamples where name != "deepseek-r1-distill-qwen" {
      _ = try store.importFile(at: storeRoot.appendingPathComponent("examples/\(name).yaml").path)
    }
    _ = try store.importEdgeList(
      at: storeRoot.appendingPathComponent("Tests/LiabilityStoreTests/Fixtures/hf-lineage.csv")
        .path)
    let (nodes, edges) = generated()
    let nodesFile = folder.appendingPathComponent("nodes.csv")
    let edgesFile = folder.appendingPathComponent("edges.csv")
    try nodes.write(to: nodesFile, atomically: true, encoding: .utf8)
    try edges.write(to: edgesFile, atomically: true, encoding: .utf8)
    _ = try store.importEdgeList(at: edgesFile.path, nodes: nodesFile.path)
    return store
  }

  /// A deterministic Hub-shaped graph in the bulk edge-list format.
  static func generated() -> (nodes: String, edges: String) {
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var nodes = ["id,kind,subtype,jurisdiction"]
    var edges = ["src,dst,type"]
    for org in 0..<12 { nodes.append("g\(org),org,,") }
    for data in 0..<6 { nodes.append("gd\(data),dataset,,") }
    let relations = ["finetune", "quantized", "adapter", "merge"]
    for model in 0..<300 {
      nodes.append("g\(next(12))/m\(model),model,,")
      let id = nodes.last.map { String($0.split(separator: ",")[0]) } ?? ""
      if model > 5 && next(10) < 7 {
        let relation = relations[next(relations.count)]
        let parents = relation == "merge" ? 2 : 1
        for _ in 0..<parents {
          let parent = next(model)
          if let row = nodes.first(where: { $0.contains("/m\(parent),") }) {
            edges.append("\(row.split(separator: ",")[0]),\(id),\(relation)")
          }
        }
      } else {
        edges.append("gd\(next(6)),\(id),trained_on")
      }
      if next(4) == 0 { edges.append("apache-2.0,\(id),licensed_under") }
    }
    for deployment in 0..<10 {
      nodes.append("gdep\(deployment),deployment,,")
      edges.append("g\(next(12)),gdep\(deployment),operates")
      if let row = nodes.first(where: { $0.contains("/m\(next(300)),") }) {
        edges.append("\(row.split(separator: ",")[0]),gdep\(deployment),served_via")
      }
    }
    for product in 0..<8 {
      nodes.append("gprod\(product),product,,")
      edges.append("g\(next(12)),gprod\(product),ships")
      edges.append("gdep\(next(10)),gprod\(product),integrated_into")
      if next(2) == 0 { edges.append("gprod\(product),g\(next(12)),used_by") }
    }
    nodes.append("apache-2.0,license,,")
    return (nodes.joined(separator: "\n") + "\n", edges.joined(separator: "\n") + "\n")
  }

  /// Every report a focused command prints, from a graph.
  static func answers(
    _ graph: SupplyChainGraph, _ id: String, _ command: String
  ) -> String? {
    guard let node = graph.node(id) else { return nil }
    switch command {
    case "lineage":
      return GraphReports.lineageText(graph, of: node, direction: .up, supplyChain: false)
        + GraphReports.lineageJSON(graph, of: node, direction: .up, supplyChain: true)
        .rendered()
    case "lineage-down":
      return GraphReports.lineageText(graph, of: node, direction: .down, supplyChain: false)
        + GraphReports.lineageJSON(graph, of: node, direction: .down, supplyChain: true)
        .rendered()
    case "chain":
      guard graph.kinds[node] == .product else { return nil }
      return GraphReports.chainText(graph, product: node)
        + GraphReports.chainJSON(graph, product: node).rendered()
    case "paths":
      return GraphReports.pathsText(graph, from: node)
        + GraphReports.pathsJSON(graph, from: node).rendered()
    default:
      return DOTWriter(focus: id, depth: 2).write(graph)
    }
  }

  static func focus(_ id: String, _ command: String) -> StoreFocus {
    switch command {
    case "lineage-down": return StoreFocus(ids: [id], downstream: true)
    case "render": return StoreFocus(ids: [id], depth: 2)
    default: return StoreFocus(ids: [id])
    }
  }

  @Test(arguments: ["lineage", "lineage-down", "chain", "paths", "render"])
  func aPartAnswersAsTheWholeDoes(_ command: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Self.store(folder)
    defer { try? store.close() }
    let whole = SupplyChainGraph(document: try store.document())
    #expect(whole.invariantProblems().isEmpty)
    var smaller = 0
    var compared = 0
    var unread: Set<String> = []
    // Every product, and every third node of the other kinds (the test
    // stays quick; each kind, each example and the edge lists are covered).
    for node in 0..<whole.nodeCount
    where whole.kinds[node] == .product || (whole.kinds[node] != .source && node % 3 == 0) {
      let id = whole.ids[node]
      // Render draws around the focus two steps away; the other depths
      // need their own part.
      for depth in command == "render" ? [1, 2] : [-1] {
        let focus =
          command == "render" ? StoreFocus(ids: [id], depth: depth) : Self.focus(id, command)
        guard let document = try store.document(around: focus) else {
          unread.insert(id)
          continue
        }
        let part = SupplyChainGraph(document: document)
        #expect(part.invariantProblems().isEmpty, "\(id)")
        if part.nodeCount < whole.nodeCount { smaller += 1 }
        let expected =
          command == "render"
          ? DOTWriter(focus: id, depth: depth).write(whole)
          : Self.answers(whole, id, command)
        let got =
          command == "render"
          ? DOTWriter(focus: id, depth: depth).write(part)
          : Self.answers(part, id, command)
        #expect(got == expected, "\(command) \(id) (depth \(depth)) differs")
        compared += 1
      }
    }
    // Only what no item defines has no part (the built-in licenses the
    // chains name, the parties an edge list's ids imply): those commands
    // read the whole store.
    let queue = try DatabaseQueue(path: folder.appendingPathComponent("s.sqlite").path)
    defer { try? queue.close() }
    for id in unread {
      let items = try queue.read { db in
        try Int.fetchOne(
          db,
          sql: "SELECT count(*) FROM item JOIN node ON node.id = item.node WHERE node.key = ?",
          arguments: [id])
      }
      #expect(items == 0, "\(id) has items but no part")
    }
    #expect(unread.contains("Apache-2.0") && unread.count < 20)
    #expect(compared > 100)
    // The parts are parts: most leave out much of the store.
    #expect(smaller > compared / 2, "\(smaller) of \(compared) parts were smaller")
  }

  /// Cases a review found: parties an edge list implies come in one order
  /// whatever was read; a drawn party's label counts what it hosts and
  /// who deploys it beyond the drawing; a huge depth ends.
  @Test func partsOfSmallEdgeLists() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let nodes = folder.appendingPathComponent("nodes.csv")
    let edges = folder.appendingPathComponent("edges.csv")
    try """
    id,kind,subtype,jurisdiction
    z/m,model,,
    z/svc,deployment,,
    w/s,deployment,,
    z/p,product,,
    a/one,model,,
    a/zero,model,,
    b/two,model,,
    b/base,model,,
    a/three,model,,
    cloud,org,,
    app,product,,
    svc-a,deployment,,
    """.write(to: nodes, atomically: true, encoding: .utf8)
    try """
    src,dst,type
    z/m,z/svc,served_via
    w/s,z/p,integrated_into
    a/zero,a/one,finetune
    b/base,b/two,finetune
    b/two,a/three,finetune
    cloud,svc-a,hosts
    a/one,svc-a,served_via
    app,cloud,used_by
    svc-a,app,integrated_into
    """.write(to: edges, atomically: true, encoding: .utf8)
    let store = try GraphStore.open(
      at: folder.appendingPathComponent("s.sqlite").path, create: true)
    defer { try? store.close() }
    _ = try store.importEdgeList(at: edges.path, nodes: nodes.path)
    let whole = SupplyChainGraph(document: try store.document())
    for (command, id) in [
      ("chain", "z/p"), ("render", "b/two"), ("render", "svc-a"), ("render", "a/one"),
      ("lineage-down", "a/zero"), ("paths", "app"),
    ] {
      for depth in command == "render" ? [0, 1, 2] : [-1] {
        let focus =
          command == "render" ? StoreFocus(ids: [id], depth: depth) : Self.focus(id, command)
        let part = try #require(try store.document(around: focus), "\(command) \(id)")
        let graph = SupplyChainGraph(document: part)
        let expected =
          command == "render"
          ? DOTWriter(focus: id, depth: depth).write(whole) : Self.answers(whole, id, command)
        let got =
          command == "render"
          ? DOTWriter(focus: id, depth: depth).write(graph) : Self.answers(graph, id, command)
        #expect(got == expected, "\(command) \(id) at depth \(depth)")
      }
    }
    // A depth far beyond the graph ends at once.
    #expect(try store.document(around: StoreFocus(ids: ["b/two"], depth: Int.max - 1)) != nil)
    // Highlighted ids are read, not walked from.
    let highlighted = try #require(
      try store.document(around: StoreFocus(ids: ["b/base"], depth: 0, including: ["z/p"])))
    #expect(highlighted.products.map(\.id) == ["z/p"])
    #expect(!highlighted.models.contains { $0.id == "z/m" })
  }

  @Test func earlierRevisionsArePartsOfThemselves() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try Self.store(folder)
    defer { try? store.close() }
    for revision in [1, 3, 5, 6] {
      let whole = SupplyChainGraph(document: try store.document(at: .revision(revision)))
      for node in 0..<whole.nodeCount where whole.kinds[node] == .model && node % 4 == 0 {
        let id = whole.ids[node]
        let part = try #require(
          try store.document(at: .revision(revision), around: StoreFocus(ids: [id])))
        #expect(
          Self.answers(SupplyChainGraph(document: part), id, "lineage")
            == Self.answers(whole, id, "lineage"), "revision \(revision): \(id)")
      }
    }
  }

  @Test func aPartCannotBeToldWithoutItsIdOrItsIndex() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.sqlite").path
    let store = try GraphStore.open(at: path, create: true)
    _ = try store.importFile(
      at: storeRoot.appendingPathComponent("examples/mistral-zephyr.yaml").path)
    #expect(try store.document(around: StoreFocus(ids: ["no-such-model"])) == nil)
    // Recorded before its model existed: no part at revision 1 for it.
    #expect(try store.document(around: StoreFocus(ids: ["zephyr-7b-beta"])) != nil)
    try store.close()
    // A store written before the index (schema v1) is read whole.
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "DROP INDEX edge_src") }
    try queue.close()
    let old = try GraphStore.open(at: path, readOnly: true)
    #expect(try old.document(around: StoreFocus(ids: ["zephyr-7b-beta"])) == nil)
    try old.close()
  }
}

/// The codes a store writes are fixed: inserting a Swift case must not
/// re-label a stored row, and the store says what each code means.
@Suite struct StoreCodeTests {
  @Test func codesAreFixed() {
    #expect(
      NodeKind.allCases.map { "\($0.rawValue)=\(Schema.code($0))" }.sorted() == [
        "contract=9", "dataset=2", "disclosure=8", "incident=6", "license=3", "model=1",
        "party=0", "product=5", "service=4", "source=7",
      ])
    #expect(
      EdgeKind.allCases.map { "\($0.rawValue)=\(Schema.code($0))" }.sorted() == [
        "deploys=10", "develops=0", "distributes=12", "hosts=7", "incident=11", "licenses=4",
        "lineage=1", "offers=9", "provides=6", "publishes=3", "serves=5", "trained-on=2", "uses=8",
      ])
    #expect(
      LineageRelation.allCases.map { "\($0.rawValue)=\(Schema.code($0) ?? -1)" }.sorted() == [
        "adapter=1", "continued-pretraining=5", "convert=6", "distill=4", "finetune=0",
        "merge=2", "quantize=3",
      ])
    // Every case has a code, no two the same, and each reads back.
    for kind in NodeKind.allCases { #expect(Schema.kind(Schema.code(kind)) == kind) }
    for kind in EdgeKind.allCases { #expect(Schema.edgeKind(Schema.code(kind)) == kind) }
    for relation in LineageRelation.allCases {
      #expect(Schema.relation(Schema.code(relation)) == relation)
    }
    #expect(Schema.kind(99) == nil)
  }

  @Test func aV1StoreIsMigrated() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.sqlite").path
    let store = try GraphStore.open(at: path, create: true)
    _ = try store.importFile(
      at: storeRoot.appendingPathComponent("examples/mistral-zephyr.yaml").path)
    let before = try store.export(as: .json)
    try store.close()
    // Made as v1 wrote it: no vocabulary, no edge_src, v2 not applied.
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "DROP TABLE vocabulary; DROP INDEX edge_src")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3')")
    }
    try queue.close()
    let migrated = try GraphStore.open(at: path)
    #expect(try migrated.export(as: .json) == before)
    #expect(try migrated.stats().schema == ["v1", "v2", "v3"])
    try migrated.close()
    let check = try DatabaseQueue(path: path)
    defer { try? check.close() }
    try check.read { db in
      let rows = try Row.fetchAll(db, sql: "SELECT domain, code, name FROM vocabulary")
      let stored = Set(rows.map { "\($0[0] as String) \($0[1] as Int) \($0[2] as String)" })
      #expect(stored == Set(Schema.vocabulary.map { "\($0.domain) \($0.code) \($0.name)" }))
      #expect(stored.count == 30)
      #expect(
        try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'edge_src'")
          == 1)
    }
  }

  // A v2 store (before edge code 12) gains the new code's meaning, and a
  // chain with a hosting platform round-trips through it.
  @Test func aV2StoreLearnsTheNewCode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("s.sqlite").path
    let store = try GraphStore.open(at: path, create: true)
    try store.close()
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "DELETE FROM vocabulary WHERE domain = 'edge_kind' AND code = 12")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3'")
    }
    try queue.close()
    let migrated = try GraphStore.open(at: path)
    #expect(try migrated.stats().schema == ["v1", "v2", "v3"])
    let hub = storeRoot.appendingPathComponent("Tests/LiabilityRulesTests/Fixtures/sb942-hub.yaml")
    _ = try migrated.importFile(at: hub.path)
    let back = try load(try migrated.export(as: .yaml), json: false)
    try migrated.close()
    let graph = SupplyChainGraph(document: back)
    #expect(graph.roleAssignments().filter { $0.role == .hostingPlatform }.count == 4)
    let check = try DatabaseQueue(path: path)
    defer { try? check.close() }
    try check.read { db in
      let name = try String.fetchOne(
        db, sql: "SELECT name FROM vocabulary WHERE domain = 'edge_kind' AND code = 12")
      let edges = try Int.fetchOne(db, sql: "SELECT count(*) FROM edge WHERE kind = 12")
      #expect(name == "distributes")
      #expect(edges == 4)
    }
  }
}
