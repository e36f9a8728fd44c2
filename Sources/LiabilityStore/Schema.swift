import GRDB
import LiabilityGraph

/// The store's schema, as migrations. A store records each import as a
/// revision; every item, node and edge carries the revision that recorded
/// it and the one that superseded it, so the store can be read as it was
/// recorded at any revision.
enum Schema {
  /// `PRAGMA application_id` of a LiabilityGraph store: "LGR1".
  static let applicationID: Int32 = 0x4C47_5231

  /// The migrations, oldest first; a store that has applied one this list
  /// lacks was written by a newer version.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(
        sql: """
          -- Each file or edge list imported, by the name it was imported under.
          CREATE TABLE origin (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
          );
          CREATE TABLE revision (
            id INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            message TEXT NOT NULL,
            origin INTEGER NOT NULL,
            added INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0
          );
          -- Every id ever recorded, interned once: the integer keys.
          CREATE TABLE node (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            kind INTEGER NOT NULL
          );
          -- One version of one item. body is the item as written (JSON), or
          -- NULL for a node known only from an edge list.
          CREATE TABLE item (
            node INTEGER NOT NULL,
            origin INTEGER NOT NULL,
            section INTEGER NOT NULL,
            position INTEGER NOT NULL,
            rev_from INTEGER NOT NULL,
            rev_to INTEGER,
            valid_from TEXT,
            valid_to TEXT,
            body TEXT
          );
          -- The graph's edges, for queries on the file itself.
          CREATE TABLE edge (
            src INTEGER NOT NULL,
            dst INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            relation INTEGER,
            origin INTEGER NOT NULL,
            rev_from INTEGER NOT NULL,
            rev_to INTEGER
          );
          -- A file's top-level facts (title, description, as_of, extra).
          CREATE TABLE header (
            origin INTEGER NOT NULL,
            rev_from INTEGER NOT NULL,
            rev_to INTEGER,
            body TEXT NOT NULL
          );
          """)
      for index in indexes where index.name != "edge_src" { try db.execute(sql: index.sql) }
    }
    // v2: the store says what its codes mean (they were, and stay, the
    // codes above: v1 wrote the same numbers, so no row changes), and an
    // index on edges by their upstream end lets a command read only the
    // part of the graph its answer needs.
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          CREATE TABLE vocabulary (
            domain TEXT NOT NULL,
            code INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (domain, code)
          )
          """)
      for row in vocabulary {
        try db.execute(
          sql: "INSERT INTO vocabulary (domain, code, name) VALUES (?, ?, ?)",
          arguments: [row.domain, row.code, row.name])
      }
      if let index = indexes.first(where: { $0.name == "edge_src" }) {
        try db.execute(sql: index.sql)
      }
    }
    // v3: a code added since (edge kind 12, distributes) is said in the
    // vocabulary of a store made before it; no stored row changes.
    migrator.registerMigration("v3") { db in
      for row in vocabulary {
        try db.execute(
          sql: "INSERT OR IGNORE INTO vocabulary (domain, code, name) VALUES (?, ?, ?)",
          arguments: [row.domain, row.code, row.name])
      }
    }
    return migrator
  }

  /// The secondary indexes, which a bulk import drops and rebuilds.
  static let indexes: [(name: String, sql: String)] = [
    ("node_key", "CREATE UNIQUE INDEX node_key ON node(key)"),
    ("item_node", "CREATE INDEX item_node ON item(node, rev_from)"),
    ("item_origin", "CREATE INDEX item_origin ON item(origin, rev_to)"),
    // One live row per edge and origin: the unique index finds duplicates
    // after a bulk load, and answers "from where" queries.
    (
      "edge_live",
      "CREATE UNIQUE INDEX edge_live ON edge(src, dst, kind, ifnull(relation, -1), origin) "
        + "WHERE rev_to IS NULL"
    ),
    ("edge_dst", "CREATE INDEX edge_dst ON edge(dst, src)"),
    ("edge_src", "CREATE INDEX edge_src ON edge(src, kind, dst)"),
    ("edge_origin", "CREATE INDEX edge_origin ON edge(origin, rev_to)"),
  ]

  /// The id of an origin name, added if new.
  static func origin(_ db: Database, _ name: String) throws -> Int64 {
    if let id = try Int64.fetchOne(
      db, sql: "SELECT id FROM origin WHERE name = ?", arguments: [name])
    {
      return id
    }
    try db.execute(sql: "INSERT INTO origin (name) VALUES (?)", arguments: [name])
    return db.lastInsertedRowID
  }

  static func createIndexes(_ db: Database) throws {
    for index in indexes { try db.execute(sql: index.sql) }
  }

  static func dropIndexes(_ db: Database) throws {
    for index in indexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
  }

  /// Sections of the file format, in order; their index is `item.section`.
  static let sections = [
    "parties", "licenses", "datasets", "models", "services", "products", "disclosures",
    "contracts", "incidents", "sources",
  ]

  /// The node kind of each section's items.
  static let sectionKinds: [NodeKind] = [
    .party, .license, .dataset, .model, .service, .product, .disclosure, .contract, .incident,
    .source,
  ]

  // MARK: Codes

  /// The integer each node kind is stored as. Fixed for ever: a code never
  /// changes meaning, whatever the order of the Swift cases (a new kind
  /// takes a new code); the store records this table in `vocabulary`.
  static let nodeKindCodes: [NodeKind: Int] = [
    .party: 0, .model: 1, .dataset: 2, .license: 3, .service: 4, .product: 5, .incident: 6,
    .source: 7, .disclosure: 8, .contract: 9,
  ]
  /// The integer each edge kind is stored as (fixed, as above).
  static let edgeKindCodes: [EdgeKind: Int] = [
    .develops: 0, .lineage: 1, .trainedOn: 2, .publishes: 3, .licenses: 4, .serves: 5,
    .provides: 6, .hosts: 7, .uses: 8, .offers: 9, .deploys: 10, .incident: 11,
    .distributes: 12,
  ]
  /// The integer each lineage relation is stored as (fixed, as above).
  static let relationCodes: [LineageRelation: Int] = [
    .finetune: 0, .adapter: 1, .merge: 2, .quantize: 3, .distill: 4, .continuedPretraining: 5,
    .convert: 6,
  ]
  static let nodeKindsByCode = inverse(nodeKindCodes)
  static let edgeKindsByCode = inverse(edgeKindCodes)
  static let relationsByCode = inverse(relationCodes)

  static func inverse<T>(_ table: [T: Int]) -> [Int: T] {
    Dictionary(table.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
  }

  static func code(_ kind: NodeKind) -> Int { nodeKindCodes[kind] ?? 0 }
  static func kind(_ code: Int) -> NodeKind? { nodeKindsByCode[code] }
  static func code(_ kind: EdgeKind) -> Int { edgeKindCodes[kind] ?? 0 }
  static func edgeKind(_ code: Int) -> EdgeKind? { edgeKindsByCode[code] }
  static func code(_ relation: LineageRelation?) -> Int? { relation.flatMap { relationCodes[$0] } }
  static func relation(_ code: Int?) -> LineageRelation? { code.flatMap { relationsByCode[$0] } }

  /// The rows of the `vocabulary` table: what each stored code means.
  static var vocabulary: [(domain: String, code: Int, name: String)] {
    nodeKindCodes.map { ("node_kind", $0.value, $0.key.rawValue) }
      + edgeKindCodes.map { ("edge_kind", $0.value, $0.key.rawValue) }
      + relationCodes.map { ("relation", $0.value, $0.key.rawValue) }
  }
}

extension Row {
  /// The value at `index`, or a thrown error when the store holds
  /// something else there (a NULL, a text for a number: a damaged or
  /// crafted store). GRDB's subscripts stop the process instead; the store
  /// reads every value through this.
  func value<Value: DatabaseValueConvertible>(_ index: Int) throws -> Value {
    try decode(Value.self, atIndex: index)
  }
}
