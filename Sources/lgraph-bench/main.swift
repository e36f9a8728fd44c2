// Measurements that need one long-lived process: memory across many
// Graphviz renders. Run by Scripts/bench-render; not part of the tool.
//
// Environment: FORMATS ("svg png pdf"), FAIL_EVERY (10; 0 for none),
// NO_LEGEND, FORCE_LAYOUT (the drawing without party boxes), DOT_TEXT
// (render this DOT instead of the file's diagram).
import Foundation
import LiabilityGraph
import LiabilityRender
import LiabilityReports
import LiabilityRules

/// Resident set size in KiB, from /proc/self/statm.
func residentKiB() -> Int {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
    return -1
  }
  let fields = text.split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

let environment = ProcessInfo.processInfo.environment
let arguments = CommandLine.arguments.dropFirst()

// `lgraph-bench duties FILE`: every built-in regime over one graph.
if arguments.first == "duties", arguments.count == 2, let path = arguments.last {
  let start = Date()
  let loaded = Loader.load(path: path)
  guard let document = loaded.document else {
    for diagnostic in loaded.diagnostics.prefix(20) { print(diagnostic) }
    exit(1)
  }
  let graph = SupplyChainGraph(document: document, asOf: Day("2026-09-01"))
  let loadSeconds = Date().timeIntervalSince(start)
  let evaluation = Date()
  let holdings = InformationHoldings(graph)
  let holdingsSeconds = Date().timeIntervalSince(evaluation)
  // One regime after another (each one's time), then all together as
  // `compare` and `trace` run them: concurrently, one regime per core.
  var lines: [String] = []
  var sequential = holdingsSeconds
  for regime in BuiltinRegimes.all {
    let t = Date()
    let report = DutyEngine.evaluate(regime, on: graph, holdings: holdings)
    let seconds = Date().timeIntervalSince(t)
    sequential += seconds
    let counts = (
      report.assignments.filter { $0.outcome == .owes }.count,
      report.assignments.filter { $0.outcome == .open }.count
    )
    lines.append(
      String(
        format: "  %@ %6.2f s  %7d owed  %7d open  %7d exempt  %6d findings",
        regime.id.padding(toLength: 14, withPad: " ", startingAt: 0), seconds, counts.0, counts.1,
        report.exempt.count, report.findings.count))
  }
  let concurrent = Date()
  let reports = DutyEngine.evaluate(BuiltinRegimes.all, on: graph, holdings: holdings)
  let total = holdingsSeconds + Date().timeIntervalSince(concurrent)
  print(
    String(
      format: "load %.2f s (%d nodes, %d edges)", loadSeconds, graph.nodeCount, graph.edges.count))
  print(String(format: "holdings %.2f s", holdingsSeconds))
  for line in lines { print(line) }
  print(String(format: "one after another, holdings included: %.2f s", sequential))
  print(
    String(
      format:
        "all %d built-in regimes together (%d cores), holdings included: %.2f s "
        + "(goal 5 s: %@, %.2f of it)",
      reports.count, ProcessInfo.processInfo.activeProcessorCount, total,
      total <= 5 ? "met" : "MISSED", total / 5))
  exit(0)
}
guard arguments.count == 2, let count = Int(arguments.last ?? "") else {
  FileHandle.standardError.write(Data("usage: lgraph-bench FILE RENDERS\n".utf8))
  exit(2)
}
let result = Loader.load(path: String(arguments.first ?? ""))
guard let document = result.document else {
  for diagnostic in result.diagnostics { print(diagnostic) }
  exit(1)
}
let graph = SupplyChainGraph(document: document, asOf: document.asOf)
var writer = DOTWriter(legend: environment["NO_LEGEND"] == nil)
if environment["FORCE_LAYOUT"] != nil { writer.layout = .force }  // no clusters
var dot = writer.write(graph)
if let text = environment["DOT_TEXT"] { dot = text }
let formats: [RenderFormat] = (environment["FORMATS"] ?? "svg png pdf").split(separator: " ")
  .map { RenderFormat(String($0)) }
let failEvery = Int(environment["FAIL_EVERY"] ?? "10") ?? 10
var checkpoints: [(Int, Int)] = []
let start = Date()
for i in 1...count {
  do {
    _ = try GraphvizRenderer.render(dot: dot, format: formats[i % formats.count])
    if failEvery > 0 && i % failEvery == 0 {
      // Every tenth call fails, to check that errors do not leak either.
      _ = try? GraphvizRenderer.render(dot: "digraph { a -> }", format: .svg)
    }
  } catch {
    print("render \(i) failed: \(error)")
    exit(1)
  }
  if [1, 10, 50, 100, 200, 300, 400, 500].contains(i) || i == count {
    checkpoints.append((i, residentKiB()))
  }
}
let seconds = Date().timeIntervalSince(start)
for (i, kib) in checkpoints {
  print("after \(i) renders: resident \(kib / 1024) MiB (\(kib) KiB)")
}
if let early = checkpoints.first(where: { $0.0 == 100 }), let last = checkpoints.last,
  last.0 > early.0
{
  let perRender = Double(last.1 - early.1) / Double(last.0 - early.0)
  print(
    String(
      format: "growth from render %d to %d: %.1f KiB per render (%.2f ms per render)",
      early.0, last.0, perRender, seconds * 1000 / Double(count)))
}
