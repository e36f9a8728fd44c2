/// The supply chain as a graph: integer-indexed nodes, typed edges, and
/// contiguous adjacency in both directions (compressed sparse rows).
///
/// A graph is built from a checked ``Document``, optionally as of a date:
/// then only the facts valid on that day are in it.
///
/// ```swift
/// let graph = SupplyChainGraph(document: document, asOf: Day("2025-01-01"))
/// if let model = graph.node("llama-3.1-8b") {
///   let bases = graph.ancestors(of: model, lineageOnly: true)
/// }
/// ```
public struct SupplyChainGraph: Sendable {
  /// The document the graph was built from (all facts, whatever the date).
  public let document: Document
  /// The date the graph is a view of, or nil for every fact ever recorded.
  public let asOf: Day?
  /// The licenses in effect: built-ins, overridden and extended by the file.
  public let licenses: [String: License]

  /// Node ids, by node index. Each id string is stored once.
  public let ids: [String]
  /// Node kinds, by node index.
  public let kinds: [NodeKind]
  /// For each node, its index in its section of ``document``
  /// (for licenses: -1 when built in).
  let items: [Int32]
  let index: [String: Int32]

  /// Every edge, in the order the file states the facts.
  public let edges: [Edge]
  let outStart: [Int32]
  let outEdges: [Int32]
  let inStart: [Int32]
  let inEdges: [Int32]

  /// The number of nodes.
  public var nodeCount: Int { ids.count }

  /// The node with this id, if it is in the graph (and valid as of its date).
  public func node(_ id: String) -> Int? {
    index[id].map(Int.init)
  }

  /// Edges leaving `node` (towards downstream).
  public func outgoing(_ node: Int) -> some RandomAccessCollection<Edge> {
    let range = Int(outStart[node])..<Int(outStart[node + 1])
    return outEdges[range].lazy.map { self.edges[Int($0)] }
  }

  /// Edges entering `node` (from upstream).
  public func incoming(_ node: Int) -> some RandomAccessCollection<Edge> {
    let range = Int(inStart[node])..<Int(inStart[node + 1])
    return inEdges[range].lazy.map { self.edges[Int($0)] }
  }

  /// Builds the graph of `document`, keeping only facts valid on `asOf`
  /// when it is given.
  public init(
    document: Document, asOf: Day? = nil,
    builtins: BuiltinLicenses = .shared
  ) {
    var builder = GraphBuilder(document: document, asOf: asOf)
    builder.build(builtins: builtins)
    self.document = document
    self.asOf = asOf
    self.licenses = builder.licenses
    self.ids = builder.ids
    self.kinds = builder.kinds
    self.items = builder.items
    self.index = builder.index
    self.edges = builder.edges
    (outStart, outEdges) = Self.compress(
      builder.edges, count: builder.ids.count, key: \.from)
    (inStart, inEdges) = Self.compress(
      builder.edges, count: builder.ids.count, key: \.to)
  }

  /// Counting sort of edge indices by one endpoint: O(nodes + edges).
  static func compress(
    _ edges: [Edge], count: Int, key: KeyPath<Edge, Int>
  ) -> ([Int32], [Int32]) {
    var start = [Int32](repeating: 0, count: count + 1)
    for edge in edges { start[edge[keyPath: key] + 1] += 1 }
    for i in 0..<count { start[i + 1] += start[i] }
    var next = start
    var out = [Int32](repeating: 0, count: edges.count)
    for (i, edge) in edges.enumerated() {
      let node = edge[keyPath: key]
      out[Int(next[node])] = Int32(i)
      next[node] += 1
    }
    return (start, out)
  }
}
