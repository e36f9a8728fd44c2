import LiabilityGraph

/// The look of the diagrams: shapes, colours and line styles per node kind
/// and relation. Colours are chosen to stay distinct when printed in grey.
enum DOTStyle {
  static let font = "fontname=\"Helvetica\""
  static let graph =
    "rankdir=LR, \(font), fontsize=18, labelloc=t, nodesep=0.3, ranksep=0.6, "
    + "newrank=true, compound=true"
  static let node = "\(font), fontsize=11, style=\"filled\", fillcolor=\"white\""
  static let edge = "\(font), fontsize=9, color=\"#444444\""
  static let cluster =
    "style=\"rounded,filled\", fillcolor=\"#f7f7f7\", color=\"#999999\", "
    + "fontsize=12, labeljust=l"

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
    "shape=octagon, fillcolor=\"#fb6a4a\", color=\"#67000d\", fontcolor=\"white\""
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
  static let deploys = "label=\"deploys\", style=dotted, color=\"#555555\""
  static let incidentEdge =
    "label=\"harm\", color=\"#a50f15\", penwidth=2, fontcolor=\"#a50f15\""
  static let highlightNode = "penwidth=3, color=\"#e31a1c\""
  static let highlightEdge = "penwidth=3.5, color=\"#e31a1c\""

  static let legend: [String] = [
    "subgraph \"cluster_legend\" {",
    "  graph [label=\"Legend\", style=\"rounded\", color=\"#999999\", fontsize=12];",
    "  \"legend_open\" [label=\"model, open weights\", \(model(.open))];",
    "  \"legend_gated\" [label=\"model, gated weights\", \(model(.gated))];",
    "  \"legend_closed\" [label=\"model, closed or API-only\", \(model(.closed))];",
    "  \"legend_dataset\" [label=\"dataset\", \(dataset)];",
    "  \"legend_service\" [label=\"service (API)\", \(service)];",
    "  \"legend_product\" [label=\"product\", \(product)];",
    "  \"legend_incident\" [label=\"incident\", \(incident)];",
    "  \"legend_party\" [label=\"party (host, deployer)\", \(partyAnchor)];",
    "  \"legend_open\" -> \"legend_gated\" [\(lineage("lineage: finetune, merge, ..."))];",
    "  \"legend_dataset\" -> \"legend_closed\" [\(trainedOn)];",
    "  \"legend_party\" -> \"legend_service\" [\(hosts)];",
    "  \"legend_service\" -> \"legend_product\" [\(uses)];",
    "  \"legend_product\" -> \"legend_incident\" [\(incidentEdge)];",
    "}",
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
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": break
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
