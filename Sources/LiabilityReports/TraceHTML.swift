import LiabilityGraph
import LiabilityRules

/// The incident report as one self-contained HTML file: summary, the
/// highlighted trace diagram inline, each party, the regimes side by side,
/// contracts, timeline, evidence, rule warnings and the notice. The markup
/// is well-formed XML (every element closed, every text escaped), so it
/// parses as XHTML too, and it prints on paper.
public enum TraceHTML {
  static func escape(_ text: String) -> String { XMLText.escape(text) }

  static let style = """
    body { font-family: Georgia, 'Times New Roman', serif; max-width: 60rem; margin: 2rem auto;
      padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.25rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem;
      margin-top: 2rem; }
    h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
    .meta { color: #444; margin-top: 0; }
    table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
    th, td { border: 1px solid #bbb; padding: 0.3rem 0.45rem; text-align: left;
      vertical-align: top; }
    th { background: #eee; }
    .posture { font-family: Helvetica, Arial, sans-serif; font-size: 0.8rem; font-weight: bold;
      padding: 0.1rem 0.4rem; border-radius: 0.25rem; white-space: nowrap;
      border: 1px solid #555; }
    .primary { background: #f6c7c3; } .contributory { background: #fbe3b0; }
    .indeterminate { background: #dfe3f7; } .not-liable { background: #d8efd6; }
    .warning { border-left: 4px solid #b35900; background: #fff4e5; padding: 0.4rem 0.7rem; }
    .notice { border-top: 1px solid #999; margin-top: 2rem; padding-top: 0.5rem; color: #444;
      font-size: 0.9rem; }
    .party { page-break-inside: avoid; border: 1px solid #ddd; padding: 0.2rem 0.8rem 0.6rem;
      margin: 0.8rem 0; }
    figure { margin: 1rem 0; overflow-x: auto; }
    figure svg { max-width: 100%; height: auto; }
    dt { font-weight: bold; margin-top: 0.4rem; }
    dd { margin-left: 1.2rem; }
    ul { margin: 0.2rem 0 0.4rem; padding-left: 1.4rem; }
    code { font-size: 0.88rem; }
    @media print {
      body { max-width: none; margin: 0; font-size: 10.5pt; -webkit-print-color-adjust: exact;
        print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      h2 { page-break-after: avoid; }
      figure { page-break-inside: avoid; }
    }
    """

  /// The report. `svg` is the diagram (LiabilityRender's `TraceHTML.diagram(_:)`; nil when
  /// it could not be drawn; `diagramNote` then says why).
  public static func html(_ trace: IncidentTrace, svg: String?, diagramNote: String? = nil)
    -> String
  {
    let graph = trace.graph
    let incident = trace.incident
    var h: [String] = []
    func e(_ text: String) -> String { escape(text) }
    func badge(_ posture: Posture) -> String {
      "<span class=\"posture \(posture.rawValue)\">\(posture.rawValue)</span>"
    }
    func list(_ items: [String]) {
      guard !items.isEmpty else { return }
      h.append("<ul>")
      for item in items { h.append("<li>\(item)</li>") }
      h.append("</ul>")
    }
    func cite(_ sources: [String]) -> String {
      sources.isEmpty
        ? " <em>[unsourced]</em>"
        : " <small>["
          + sources.map { "<a href=\"#source-\(e($0))\">\(e($0))</a>" }
          .joined(separator: ", ") + "]</small>"
    }
    func named(_ text: String) -> String { Naming.names(in: text, graph) }
    let title = "Incident: " + (incident.name ?? incident.id)
    h.append("<!DOCTYPE html>")
    h.append("<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">")
    h.append("<head>")
    h.append("<meta charset=\"utf-8\" />")
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
    h.append("<title>\(e(title))</title>")
    h.append("<style>\n\(style)\n</style>")
    h.append("</head>")
    h.append("<body>")
    h.append("<h1>\(e(title))</h1>")
    h.append(
      "<p class=\"meta\">\(e(incident.date.description)) · harm: \(e(incident.harm ?? "not stated"))"
        + " · place: \(e(incident.jurisdiction ?? "not stated")) · product: "
        + e(graph.node(incident.product).map { graph.name(of: $0) } ?? incident.product)
        + " <code>\(e(incident.product))</code> · incident <code>\(e(incident.id))</code>"
        + " · traced with the facts valid on "
        + "\(e(incident.date.description))</p>")
    if let description = incident.description {
      h.append("<p>\(e(description))\(cite(incident.fact.sources))</p>")
    }
    h.append(
      "<p class=\"warning\">Not legal advice. This report applies encoded rules to the facts "
        + "in the file; every conclusion below names its rule, citation and sources.</p>")

    // Summary
    h.append("<h2 id=\"summary\">Summary</h2>")
    if !trace.anyLawApplied {
      h.append(
        "<p class=\"warning\">No law applied to this incident: every built-in law considered "
          + "is out of force on its date or outside its territory (see below). What follows is "
          + "the project's policy analysis, not law.</p>")
    }
    h.append("<table>")
    h.append(
      "<tr><th>Party</th><th>Posture</th><th>Roles on the path</th><th>Main reason</th></tr>")
    for party in trace.parties {
      let id = graph.ids[party.party]
      h.append(
        "<tr><td><a href=\"#party-\(e(id))\">\(e(graph.name(of: party.party)))</a> "
          + "<code>\(e(id))</code></td><td>\(badge(party.posture))</td><td>"
          + e(party.roles.map(\.role.rawValue).uniqued().joined(separator: ", "))
          + "</td><td>\(e(named(party.reasons.first ?? "")))</td></tr>")
    }
    h.append("</table>")
    h.append(
      "<p>Regimes applied: "
        + trace.regimes.map {
          "<strong>\(e($0.regime.title))</strong> <code>\(e($0.regime.id))</code>"
            + ($0.regime.kind == .principles ? " (a policy analysis, not law)" : "")
            + " (\(e(named($0.why))))"
        }
        .joined(separator: "; ") + ".</p>")
    let notices = trace.regimes.flatMap { entry in
      entry.regime.notices.map { (entry.regime.id, $0) }
    }
    if !notices.isEmpty {
      h.append("<p>Notes on the regimes applied:</p>")
      h.append("<ul class=\"notices\">")
      for (regime, notice) in notices {
        h.append(
          "<li><strong>\(e(regime))</strong>: \(e(notice.text))"
            + (notice.status == .verified ? "" : " [\(e(notice.status.rawValue))]") + "</li>")
      }
      h.append("</ul>")
    }

    if !trace.regimesNotApplied.isEmpty {
      h.append("<p>Laws considered and not applied:</p>")
      list(
        trace.regimesNotApplied.map {
          "<strong>\(e($0.regime.title))</strong> <code>\(e($0.regime.id))</code>: \(e($0.why))"
        })
    }
    if !incident.alleged.isEmpty {
      h.append("<h2 id=\"alleged\">Alleged (not established)</h2>")
      list(
        incident.alleged.map {
          e(TraceReport.allegationText($0, graph)) + cite($0.fact.sources)
        })
    }
    if !incident.proceedings.isEmpty {
      h.append("<h2 id=\"proceedings\">Proceedings</h2>")
      list(
        incident.proceedings.map {
          e(TraceReport.proceedingText($0, graph)) + cite($0.fact.sources)
        })
    }

    if !trace.deadlines.isEmpty {
      h.append("<h2 id=\"deadlines\">Reports due</h2>")
      list(
        trace.deadlines.map {
          "<strong>\(e($0.regime))</strong>: \(e(TraceReport.deadlineText($0, graph)))"
        })
      for note in trace.deadlines.compactMap(\.note).uniqued() {
        h.append("<p><small>\(e(note))</small></p>")
      }
    }

    if !trace.barredDefences.isEmpty {
      h.append("<h2 id=\"defences\">Defences barred</h2>")
      list(
        trace.barredDefences.map {
          "<strong>\(e($0.regime))</strong>: \(e(TraceReport.barredText($0, graph)))"
        })
    }
    if !trace.recourse.isEmpty {
      h.append("<h2 id=\"recourse\">Recourse</h2>")
      list(
        trace.recourse.map {
          "<strong>\(e($0.regime))</strong>: \(e(TraceReport.recourseText($0, graph)))"
        })
    }

    // Diagram
    h.append("<h2 id=\"diagram\">The path</h2>")
    if let svg {
      h.append("<figure>")
      h.append(svg)
      h.append(
        "<figcaption>The product where the harm happened and everything upstream of it on "
          + "\(e(incident.date.description)). Outlined in red: the incident, the product and "
          + "the parties that answer for the harm (primary or contributory).</figcaption>")
      h.append("</figure>")
    } else {
      h.append("<p class=\"warning\">\(e(diagramNote ?? "The diagram could not be drawn."))</p>")
    }
    list(TraceReport.path(trace).map { e(named($0)) })

    // Parties
    h.append("<h2 id=\"parties\">Parties</h2>")
    for party in trace.parties {
      let id = graph.ids[party.party]
      h.append("<section class=\"party\" id=\"party-\(e(id))\">")
      let places = graph.party(at: party.party)?.jurisdictions.joined(separator: ", ") ?? ""
      h.append(
        "<h3>\(e(graph.name(of: party.party)))" + (places.isEmpty ? "" : " (\(e(places)))")
          + " <code>\(e(id))</code> \(badge(party.posture))</h3>")
      h.append("<dl>")
      h.append("<dt>What it did</dt><dd>")
      list(party.roles.map { e(TraceReport.roleSentence($0, graph)) + cite($0.sources) })
      h.append("</dd>")
      if !party.holds.isEmpty {
        h.append("<dt>What it knew</dt><dd>")
        list(TraceReport.knowledge(party, graph).map { e(named($0)) })
        h.append("</dd>")
      }
      if !party.controls.isEmpty {
        h.append("<dt>What it could control</dt><dd>")
        list(TraceReport.control(party, graph).map { e(named($0)) })
        h.append("</dd>")
      }
      h.append("<dt>Why it stands where it does</dt><dd>")
      list(party.reasons.map { e(named($0)) })
      h.append("</dd>")
      if !party.assumed.isEmpty {
        h.append("<dt>What it rests on that the file does not state</dt><dd>")
        list(party.assumed.map { e(named($0)) })
        h.append("</dd>")
      }
      if !party.exposure.isEmpty {
        h.append("<dt>Regulatory exposure (no private right of action)</dt><dd>")
        list(party.exposure.map { e($0.meaning) })
        h.append("</dd>")
      }
      h.append("</dl>")
      if !party.alternatives.isEmpty {
        h.append("<table><tr><th>Regime</th><th>Possible outcome</th><th>Decided by</th></tr>")
        for alternative in party.alternatives {
          h.append(
            "<tr><td>\(e(alternative.regime))</td><td>"
              + "\(e(graph.name(of: party.party) + " " + alternative.outcome))</td><td>"
              + e(alternative.decidedBy.joined(separator: "; ")) + "</td></tr>")
        }
        h.append("</table>")
      }
      func row(_ cells: [String]) -> String {
        "<tr>" + cells.map { "<td>" + e($0) + "</td>" }.joined() + "</tr>"
      }
      var rows: [String] = []
      for duties in party.duties {
        for a in duties.assignments {
          let facts = named(a.reasons.joined(separator: "; "))
          let outcome =
            (a.outcome == .open
              ? (DutiesReport.openOnExemption(a) ? "owes unless exempt" : "may owe")
              : "owes") + (a.dueFrom.map { ", due from \($0)" } ?? "")
          rows.append(
            row([
              duties.regime, outcome, a.rule.asked, graph.name(of: a.subject), a.rule.citation,
              a.status.rawValue,
              (a.openOn.isEmpty || !facts.hasSuffix(".") ? facts : String(facts.dropLast()))
                + (a.openOn.isEmpty
                  ? ""
                  : "; open: "
                    + a.openOn.map {
                      "\(ConditionFact.question($0.fact)) (\(graph.name(of: $0.about)))"
                    }.uniqued().joined(separator: "; ")),
            ]))
        }
        for x in duties.exempt {
          rows.append(
            row([
              duties.regime, "exempt", x.rule.asked, graph.name(of: x.subject), x.rule.citation,
              x.rule.status.rawValue, x.because,
            ]))
        }
      }
      if !rows.isEmpty {
        h.append(
          "<table><tr><th>Regime</th><th>Outcome</th><th>Duty</th><th>For</th><th>Citation</th>"
            + "<th>Status</th><th>Why (facts used, or the exemption)</th></tr>")
        h += rows
        h.append("</table>")
      }
      let findings = party.duties.flatMap { duties in
        duties.findings.map {
          "<strong>\(e($0.kind.rawValue))</strong> [\(e(duties.regime))]: \(e($0.explanation))"
        }
      }
      if !findings.isEmpty {
        h.append("<p>Findings:</p>")
        list(findings)
      }
      h.append(
        "<p><small>Sources: "
          + (party.sources.isEmpty
            ? "none (unsourced)"
            : party.sources.map { "<a href=\"#source-\(e($0))\">\(e($0))</a>" }.joined(
              separator: ", ")) + "</small></p>")
      h.append("</section>")
    }

    // Comparison
    h.append("<h2 id=\"comparison\">The regimes compared for this incident</h2>")
    h.append(
      "<table><tr><th>Party</th>"
        + trace.regimes.map { "<th>\(e($0.regime.id))</th>" }.joined() + "</tr>")
    for party in trace.parties {
      h.append(
        "<tr><td>\(e(graph.ids[party.party]))</td>"
          + trace.regimes.map { entry in
            let posture = party.postures.first { $0.regime == entry.regime.id }?.posture
            return "<td>" + (posture.map(badge) ?? "<small>no harm rule</small>") + "</td>"
          }.joined() + "</tr>")
    }
    h.append("</table>")
    h.append(
      "<p><small>“No harm rule”: the regime has no rule that makes this party answer for the "
        + "incident's harm; its other duties are listed under the party.</small></p>")

    // Contracts
    h.append("<h2 id=\"contracts\">Contracts on the path</h2>")
    if trace.contracts.isEmpty { h.append("<p>None recorded.</p>") }
    for term in trace.contracts {
      let contract = term.contract
      var items: [String] = [
        "Between " + e(contract.parties.joined(separator: ", "))
          + (contract.date.map { ", from \(e($0.description))" } ?? "")
      ]
      for indemnity in contract.indemnities {
        items.append(
          "\(e(indemnity.by)) indemnifies \(e(indemnity.to ?? "the other parties")) for "
            + e(indemnity.harms.joined(separator: ", "))
            + (term.covering.contains(indemnity) ? " (covers this incident's harm)" : ""))
      }
      if let cap = contract.liabilityCapUSD {
        items.append("Liability capped at \(e(TraceReport.money(cap)))")
      }
      if !contract.excludes.isEmpty {
        items.append("Excludes: \(e(contract.excludes.joined(separator: ", ")))")
      }
      for voided in TraceReport.voidedTerms(trace, contract.id) {
        let text = TraceReport.voidedText(voided)
        items.append(e(text.prefix(1).uppercased() + text.dropFirst()))
      }
      h.append(
        "<h3>\(e(contract.name ?? contract.id)) <code>\(e(contract.id))</code>"
          + "\(cite(contract.fact.sources))</h3>")
      list(items)
    }
    for line in trace.uncovered { h.append("<p class=\"warning\">\(e(line))</p>") }

    // Timeline
    h.append("<h2 id=\"timeline\">Timeline</h2>")
    h.append("<table><tr><th>Date</th><th>Event</th><th>Sources</th></tr>")
    for event in trace.timeline {
      h.append(
        "<tr><td>\(e(event.date.description))</td><td>\(e(event.text))</td><td>"
          + cite(event.sources) + "</td></tr>")
    }
    h.append("</table>")

    // Evidence
    h.append("<h2 id=\"evidence\">Evidence</h2>")
    if trace.evidence.isEmpty { h.append("<p>No source is cited.</p>") }
    h.append("<ol>")
    for id in trace.evidence {
      let source = graph.document.sources.first { $0.id == id }
      var line = "<code>\(e(id))</code>: \(e(source?.title ?? "not described in the file"))"
      if let url = source?.url {
        // Only web addresses become links (never `javascript:` or `data:`).
        let web = url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")
        line += web ? ", <a href=\"\(e(url))\">\(e(url))</a>" : ", \(e(url))"
      }
      if let retrieved = source?.retrieved { line += " (retrieved \(e(retrieved.description)))" }
      h.append("<li id=\"source-\(e(id))\">\(line)</li>")
    }
    h.append("</ol>")
    if !trace.unsourced.isEmpty {
      h.append("<p>Facts used that cite no source:</p>")
      list(trace.unsourced.map(e))
    }

    let unverified = TraceReport.unverifiedRules(trace)
    if !unverified.isEmpty {
      h.append("<h2 id=\"rules\">Rules not verified against the text</h2>")
      h.append(
        "<div class=\"warning\"><p>These rules come from secondary sources or are not yet "
          + "checked against the legal text; weigh conclusions resting on them "
          + "accordingly.</p>")
      list(unverified.map { e($0.line) })
      h.append("</div>")
    }
    h.append("<p class=\"notice\">\(e(DutiesReport.notice))</p>")
    h.append("</body>")
    h.append("</html>")
    return h.joined(separator: "\n") + "\n"
  }
}
