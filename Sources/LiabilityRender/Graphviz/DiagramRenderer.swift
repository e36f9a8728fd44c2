import LiabilityGraph

/// Draws a supply-chain graph to a file format: DOT text from
/// ``DOTWriter``, laid out and rendered by ``GraphvizRenderer``, with the
/// large-graph rules applied and reported.
public struct DiagramRenderer: Sendable {
  /// What to write.
  public enum Output: String, Sendable, Hashable, CaseIterable {
    /// The DOT source, not laid out.
    case dot
    /// SVG, laid out by Graphviz.
    case svg
    /// PNG, laid out by Graphviz.
    case png
    /// PDF, laid out by Graphviz.
    case pdf

    /// The output a file name's extension asks for, if any (by
    /// `FileFormat`'s table: `.gv` is DOT too).
    public init?(fileName: String) {
      guard let format = FileFormat(fileName: fileName) else { return nil }
      self.init(format)
    }

    /// The output for a `FileFormat`, if it is a diagram format.
    public init?(_ format: FileFormat) {
      self.init(rawValue: format.rawValue)
    }
  }

  /// The DOT writer (title, legend, highlight, focus, collapsing).
  public var writer: DOTWriter
  /// The layout engine; `nil` chooses `dot`, or `sfdp` above
  /// ``sfdpThreshold`` nodes.
  public var engine: LayoutEngine?
  /// The node count above which `sfdp` replaces `dot` when no engine is
  /// given.
  public var sfdpThreshold: Int

  /// The node count above which `dot` gets its faster, rougher settings.
  public static let fastDotThreshold = 1_000

  /// Creates a renderer.
  public init(writer: DOTWriter, engine: LayoutEngine? = nil, sfdpThreshold: Int = 1_500) {
    self.writer = writer
    self.engine = engine
    self.sfdpThreshold = sfdpThreshold
  }

  /// The result: bytes to write and notices for the reader.
  public struct Result: Sendable {
    /// The file's bytes.
    public var data: [UInt8]
    /// What was done that the reader should know (collapsing, engine
    /// switch, Graphviz warnings).
    public var notices: [String]
    /// The engine used, or nil for DOT source.
    public var engine: LayoutEngine?
  }

  /// Draws `graph` as `output`.
  public func render(_ graph: SupplyChainGraph, as output: Output) throws(RenderError) -> Result {
    var diagram = writer.diagram(graph)
    var notices = diagram.notices
    if output == .dot {
      if let engine, engine != .dot {
        var force = writer
        force.layout = .force
        diagram = force.diagram(graph)
      }
      return Result(data: Array(diagram.dot.utf8), notices: notices, engine: nil)
    }
    var chosen = engine ?? .dot
    if engine == nil && diagram.nodeCount > sfdpThreshold {
      chosen = .sfdp
      notices.append(
        "\(diagram.nodeCount) nodes is more than \(sfdpThreshold): laid out with sfdp "
          + "instead of dot (dot grows much faster than linearly; set the engine or "
          + "the threshold to change this)")
    }
    if chosen == .dot && diagram.nodeCount > Self.fastDotThreshold {
      diagram.dot = Self.withFastDotSettings(diagram.dot)
      notices.append(
        "\(diagram.nodeCount) nodes: dot runs with faster, rougher settings "
          + "(nslimit=2, mclimit=0.2, searchsize=20)")
    }
    if chosen != .dot {
      var force = writer
      force.layout = .force
      diagram.dot = force.diagram(graph).dot
      if chosen == .sfdp {
        diagram.dot = Self.withSfdpSettings(diagram.dot, nodeCount: diagram.nodeCount)
      }
    }
    let format: RenderFormat
    switch output {
    case .svg: format = .svg
    case .png: format = .png
    case .pdf: format = .pdf
    case .dot: format = .dot
    }
    let rendered = try GraphvizRenderer.render(dot: diagram.dot, format: format, engine: chosen)
    notices += rendered.warnings.map { "Graphviz: \($0)" }
    return Result(data: rendered.data, notices: notices, engine: chosen)
  }

  static func withGraphAttributes(_ dot: String, _ attributes: String) -> String {
    guard let brace = dot.firstIndex(of: "{") else { return dot }
    let after = dot.index(after: brace)
    return String(dot[..<after]) + "\n  graph [\(attributes)];" + String(dot[after...])
  }

  static func withFastDotSettings(_ dot: String) -> String {
    withGraphAttributes(dot, "nslimit=2, mclimit=0.2, searchsize=20")
  }

  /// The fast quadtree; and overlap removal only where it stays cheap
  /// (removing overlaps among thousands of labelled nodes takes minutes).
  static func withSfdpSettings(_ dot: String, nodeCount: Int) -> String {
    withGraphAttributes(
      dot,
      "quadtree=fast, splines=false, outputorder=edgesfirst"
        + (nodeCount <= 2_000 ? ", overlap=prism" : ""))
  }
}
