import CGraphviz
import Synchronization

/// Lays out and renders DOT text with Graphviz's own libraries, in process.
///
/// Graphviz is not thread-safe (even reading a graph reorganises its
/// internal trees), so every call goes through one process-wide context
/// behind one lock. Each call resets Graphviz's error state first and
/// captures its messages, so that one failure never poisons the next, and
/// frees the render data, then the layout, then the graph.
///
/// ```swift
/// let svg = try GraphvizRenderer.render(dot: dot, format: .svg)
/// ```
public enum GraphvizRenderer {
  /// The process's one Graphviz context, created on first use.
  private static let context = Mutex<ContextState>(.notCreated)

  private enum ContextState {
    case notCreated
    case ready(OpaquePointer)
    case unusable(RenderError)
  }

  /// Renders `dot` to `format` with the layout `engine`.
  ///
  /// - Throws: ``RenderError`` carrying Graphviz's own message when the
  ///   text does not parse, the layout fails, or the format is unknown.
  public static func render(
    dot: String, format: RenderFormat, engine: LayoutEngine = .dot
  ) throws(RenderError) -> RenderOutput {
    try context.withLock { state throws(RenderError) -> RenderOutput in
      let gvc = try readyContext(&state)
      GraphvizMessages.reset()
      // cgraphviz_read, not agmemread: clusters come out in a fixed order.
      guard let graph = cgraphviz_read(dot) else {
        throw RenderError(
          .parse, message: GraphvizMessages.take(orElse: "the DOT text could not be read"))
      }
      defer { agclose(graph) }
      guard gvLayout(gvc, graph, engine.name) == 0 else {
        throw layoutError(engine: engine, message: GraphvizMessages.take(orElse: ""))
      }
      defer { gvFreeLayout(gvc, graph) }
      var data: UnsafeMutablePointer<CChar>? = nil
      var length: UInt32 = 0
      let status = gvRenderData(gvc, graph, format.graphvizName, &data, &length)
      defer { if let data { gvFreeRenderData(data) } }
      guard status == 0, let data else {
        throw RenderError(
          .render,
          message: GraphvizMessages.take(
            orElse: "Graphviz could not write format '\(format.graphvizName)'"))
      }
      let errors = GraphvizMessages.errors()
      if !errors.isEmpty {
        throw RenderError(.render, message: errors.joined(separator: "\n"))
      }
      let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
        Array(UnsafeBufferPointer(start: $0, count: Int(length)))
      }
      return RenderOutput(data: bytes, warnings: GraphvizMessages.warnings())
    }
  }

  /// The context, creating it (and checking Graphviz's plugins) on first
  /// use. Called with the lock held.
  private static func readyContext(_ state: inout ContextState) throws(RenderError)
    -> OpaquePointer
  {
    switch state {
    case .ready(let gvc): return gvc
    case .unusable(let error): throw error
    case .notCreated:
      _ = agseterrf(graphvizMessageHandler)
      guard let gvc = gvContext() else {
        let error = RenderError(.unavailable, message: "Graphviz could not create a context")
        state = .unusable(error)
        throw error
      }
      if cgraphviz_plugin_count(gvc, "layout") == 0 || cgraphviz_plugin_count(gvc, "render") == 0 {
        let error = RenderError(
          .unavailable,
          message: "Graphviz's plugin configuration is missing, so it has no layout "
            + "engines or output formats. Run `dot -c` as root (Scripts/install-deps "
            + "does this), or reinstall the libgvc6 package.")
        state = .unusable(error)
        throw error
      }
      state = .ready(gvc)
      return gvc
    }
  }

  private static func layoutError(engine: LayoutEngine, message: String) -> RenderError {
    RenderError(
      .layout,
      message: message.isEmpty ? "layout with engine '\(engine.name)' failed" : message)
  }
}

/// What a render produced.
public struct RenderOutput: Sendable, Hashable {
  /// The rendered bytes (SVG text, PNG, PDF, ...).
  public var data: [UInt8]
  /// Warnings Graphviz printed while rendering.
  public var warnings: [String]
}

/// A Graphviz output format.
public struct RenderFormat: Sendable, Hashable, CustomStringConvertible {
  /// Graphviz's name for it (`svg`, `png`, ...).
  public var graphvizName: String

  /// A format by Graphviz's name for it.
  public init(_ graphvizName: String) { self.graphvizName = graphvizName }

  /// Scalable Vector Graphics.
  public static let svg = RenderFormat("svg")
  /// Portable Network Graphics (through cairo).
  public static let png = RenderFormat("png")
  /// Portable Document Format (through cairo).
  public static let pdf = RenderFormat("pdf")
  /// Laid-out DOT, with coordinates.
  public static let dot = RenderFormat("dot")
  /// Graphviz's plain-text layout.
  public static let plain = RenderFormat("plain")

  public var description: String { graphvizName }
}

/// A Graphviz layout engine.
public struct LayoutEngine: Sendable, Hashable, CustomStringConvertible {
  /// Graphviz's name for it.
  public var name: String

  /// An engine by Graphviz's name for it.
  public init(_ name: String) { self.name = name }

  /// Layered drawing: the default, best for lineage.
  public static let dot = LayoutEngine("dot")
  /// Scalable force-directed placement, for large graphs.
  public static let sfdp = LayoutEngine("sfdp")
  /// Spring model (stress majorisation).
  public static let neato = LayoutEngine("neato")
  /// Force-directed placement.
  public static let fdp = LayoutEngine("fdp")
  /// Circular layout.
  public static let circo = LayoutEngine("circo")

  /// The engines `lgraph render --engine` offers.
  public static let all: [LayoutEngine] = [.dot, .sfdp, .neato, .fdp, .circo]

  public var description: String { name }
}

/// A failed render, with Graphviz's own message.
public struct RenderError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Which step failed.
  public enum Step: String, Sendable, Hashable {
    /// Graphviz cannot be used on this machine.
    case unavailable
    /// The DOT text did not parse.
    case parse
    /// The layout failed (e.g. an unknown engine).
    case layout
    /// Writing the output failed (e.g. an unknown format).
    case render
  }

  /// The step that failed.
  public var step: Step
  /// What Graphviz said.
  public var message: String

  /// Creates an error.
  public init(_ step: Step, message: String) {
    self.step = step
    self.message = message
  }

  public var description: String {
    switch step {
    case .unavailable: return "Graphviz cannot be used: \(message)"
    case .parse: return "Graphviz could not read the diagram: \(message)"
    case .layout: return "Graphviz could not lay out the diagram: \(message)"
    case .render: return "Graphviz could not write the picture: \(message)"
    }
  }
}

/// Graphviz's messages for the call in progress. Only touched with the
/// renderer's lock held, which makes the unchecked global safe.
enum GraphvizMessages {
  nonisolated(unsafe) static var buffer = ""

  static func reset() {
    _ = agreseterrors()
    buffer = ""
  }

  /// Graphviz calls the handler once per fragment ("Error", ": syntax
  /// error in line 1\n"), so fragments are joined without a separator and
  /// split into messages at newlines.
  static var lines: [String] {
    buffer.split(separator: "\n").map { line in
      String(line.drop { $0 == " " || $0 == "\t" })
    }.filter { !$0.isEmpty }
  }

  static func errors() -> [String] {
    agerrors() > 0 ? lines.filter { !$0.hasPrefix("Warning") } : []
  }

  static func warnings() -> [String] {
    lines.filter { $0.hasPrefix("Warning") }
  }

  static func take(orElse fallback: String) -> String {
    let text = lines.joined(separator: "\n")
    buffer = ""
    return text.isEmpty ? fallback : text
  }
}

private func graphvizMessageHandler(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
  if let message { GraphvizMessages.buffer += String(cString: message) }
  return 0
}
