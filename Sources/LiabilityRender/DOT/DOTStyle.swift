import LiabilityGraph
import LiabilityReports

/// The look of the diagrams: shapes, colours and line styles per node kind
/// and relation. Colours are chosen to stay distinct when printed in grey.
enum DOTStyle {
  static let font = "fontname=\"Helvetica\""
  static let graph =
    "rankdir=TB, \(font), fontsize=20, labelloc=t, nodesep=0.35, ranksep=0.5, "
    + "newrank=true, compound=true"
  static let node = "\(font), fontsize=13, style=\"filled\", fillcolor=\"white\""
  static let edge = "\(font), fontsize=11, color=\"#444444\""
  static let cluster =
    "style=\"rounded,filled\", fillcolor=\"#f7f7f7\", color=\"#999999\", "
    + "fontsize=13, labeljust=l"

  static func model(_ weights: WeightsAccess?) -> String {
    switch weights {
    case .open:
      return "shape=box, style=\"rounded,filled\", fillcolor=\"#c7e9c0\", color=\"#238b45\""
    case .gated:
      return "shape=box, style=\"rounded,filled\", fillcolor=\"#fff3b0\", color=\"#b8860b\""
    case .closed, .apiOnly:
      return
        "shape=box, style=\"rounded,filled,bold\", fillcolor=\"#fcbba1\", color=\"#a50f15\""
    case nil:
      return
        "shape=box, style=\"rounded,filled,dashed\", fillcolor=\"#eeeeee\", color=\"#666666\""
    }
  }

  static let dataset = "shape=cylinder, fillcolor=\"#deebf7\", color=\"#3182bd\""
  static let service = "shape=component, fillcolor=\"#e5d8ee\", color=\"#6a51a3\""
  static let product = "shape=tab, fillcolor=\"#fdd0a2\", color=\"#d94801\""
  static let incident =
    "shape=octagon, margin=\"0.02,0.02\", fillcolor=\"#fb6a4a\", color=\"#67000d\", "
    + "fontcolor=\"white\""
  static let partyNode =
    "shape=box, style=\"rounded,filled\", fillcolor=\"#f7f7f7\", color=\"#999999\""
  static let owns = "color=\"#cccccc\", arrowhead=none, tooltip=\"owns\""
  static let partyAnchor = "shape=house, fillcolor=\"white\", color=\"#555555\""

  static func lineage(_ relation: String) -> String {
    "label=\(DOTText.quote(relation)), color=\"#08519c\", penwidth=2, "
      + "fontcolor=\"#08519c\""
  }
  static let trainedOn =
    "label=\"trained on\", style=dashed, color=\"#3182bd\", fontcolor=\"#3182bd\""
  static let serves = "label=\"serves\", color=\"#6a51a3\", fontcolor=\"#6a51a3\""
  static let uses = "label=\"used by\", color=\"#d94801\", fontcolor=\"#d94801\""
  static let hosts = "label=\"hosts\", style=dotted, color=\"#555555\""
  static let distributes = "label=\"distributes\", style=dotted, color=\"#555555\""
  static let deploys = "label=\"deploys\", style=dotted, color=\"#555555\""
  static let incidentEdge =
    "label=\"harm\", color=\"#a50f15\", penwidth=2, fontcolor=\"#a50f15\""
  static let highlightNode = "penwidth=3, color=\"#e31a1c\""
  static let highlightEdge = "penwidth=3.5, color=\"#e31a1c\""
  static let highlightCluster = "penwidth=3, color=\"#e31a1c\""

  static let collapsed =
    "shape=box3d, style=\"filled\", fillcolor=\"#f0f0f0\", color=\"#666666\""

  /// The legend: one compact table, so that it does not widen the drawing.
  static let legend: [String] = [
    "\"legend\" [shape=plain, fontsize=10, label=<",
    "  <table border=\"1\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"3\" color=\"#999999\">",
    "  <tr><td colspan=\"2\"><b>Legend</b></td></tr>",
    "  <tr><td bgcolor=\"#c7e9c0\">model, open weights</td>"
      + "<td><font color=\"#08519c\">&#9473;&#9473;&#9654;</font> lineage (finetune, merge, ...)</td></tr>",
    "  <tr><td bgcolor=\"#fff3b0\">model, gated weights</td>"
      + "<td><font color=\"#3182bd\">- - &#9654;</font> trained on</td></tr>",
    "  <tr><td bgcolor=\"#fcbba1\">model, closed or API-only</td>"
      + "<td><font color=\"#6a51a3\">&#8212;&#9654;</font> serves (model to API)</td></tr>",
    "  <tr><td bgcolor=\"#deebf7\">dataset</td>"
      + "<td><font color=\"#d94801\">&#8212;&#9654;</font> used by (API to product)</td></tr>",
    "  <tr><td bgcolor=\"#e5d8ee\">service (API)</td>"
      + "<td><font color=\"#555555\">&#183;&#183;&#183;&#9654;</font> hosts, deploys, distributes</td></tr>",
    "  <tr><td bgcolor=\"#fdd0a2\">product</td>"
      + "<td><font color=\"#a50f15\">&#9473;&#9473;&#9654;</font> harm (product to incident)</td></tr>",
    "  <tr><td bgcolor=\"#fb6a4a\"><font color=\"white\">incident</font></td>"
      + "<td>grey box: a party, with its jurisdictions</td></tr>",
    "  </table>>];",
  ]
}

/// Accumulates indented DOT lines.
struct DOTText {
  var text = ""
  var indent = 0

  mutating func line(_ content: String) {
    if content.isEmpty {
      text += "\n"
      return
    }
    text += String(repeating: "  ", count: indent) + content + "\n"
  }

  mutating func lines(_ contents: [String]) {
    for content in contents { line(content) }
  }

  /// A DOT double-quoted string. Backslashes and quotes are escaped;
  /// newlines become `\n` (a centred line break in a label). Braces, `<`,
  /// `>` and `|` need no escape inside a quoted string of a non-record
  /// shape, which is all this writer uses.
  static func quote(_ text: String, leftAligned: Bool = false) -> String {
    let lineBreak = leftAligned ? "\\l" : "\\n"
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += lineBreak
      case "\r": break
      default:
        // Control characters and noncharacters would make the SVG
        // ill-formed XML: dropped.
        if !XMLText.allowed(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    // A left-aligned label ends its last line with \l too.
    return out + (leftAligned ? lineBreak : "") + "\""
  }
}
