import LiabilityGraph
import LiabilityReports
import LiabilityRules

extension TraceHTML {
  /// Renders the trace diagram: only the path, highlighted, with the
  /// parties that own its nodes.
  public static func diagram(_ trace: IncidentTrace) throws(RenderError) -> (
    svg: String, notices: [String]
  ) {
    let graph = trace.graph
    var ids = Set(trace.path.map { graph.ids[$0] })
    ids.insert(trace.incident.id)
    // Highlighted: the incident, the product, and the parties that answer
    // for the harm.
    let answering = trace.parties.filter { $0.posture == .primary || $0.posture == .contributory }
    var writer = DOTWriter(
      title: "Incident \(trace.incident.id), traced", legend: true,
      highlight: Set([trace.incident.id, trace.incident.product]).union(
        answering.map { graph.ids[$0.party] }))
    writer.only = ids
    let result = try DiagramRenderer(writer: writer).render(graph, as: .svg)
    var svg = String(decoding: result.data, as: UTF8.self)
    if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
    return (svg, result.notices)
  }
}
