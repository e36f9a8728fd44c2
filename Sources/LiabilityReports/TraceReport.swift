import LiabilityGraph
import LiabilityRules

/// `lgraph trace` output: JSON, text, Markdown and the CSV responsibility
/// matrix (the HTML report is in ``TraceHTML``).
public enum TraceReport {
  // MARK: JSON

  /// The trace as JSON (DESIGN.md §5: `incident`, `path`, `parties`, plus
  /// contracts, timeline and evidence).
  public static func json(_ trace: IncidentTrace) -> JSONValue {
    let graph = trace.graph
    let incident = trace.incident
    let ids = { (nodes: [Int]) in JSONValue.strings(nodes.map { graph.ids[$0] }) }
    func holding(_ key: String, _ value: String, _ h: Holding) -> JSONValue {
      .object([
        (key, .string(value)), ("subject", .string(graph.ids[h.subject])),
        ("reason", .string(h.reason)), ("sources", .strings(h.sources)),
        ("assumed", .strings(h.assumed)),
      ])
    }
    return .object([
      (
        "incident",
        .object([
          ("id", .string(incident.id)), ("name", .optional(incident.name)),
          ("date", .string(incident.date.description)), ("product", .string(incident.product)),
          ("harm", .optional(incident.harm)), ("jurisdiction", .optional(incident.jurisdiction)),
          ("description", .optional(incident.description)),
          ("sources", .strings(incident.fact.sources)),
          ("proceedings", .array(incident.proceedings.map(proceedingJSON))),
          (
            "alleged",
            .array(
              incident.alleged.map { a in
                .object([
                  ("by", .string(a.by)), ("developers", .strings(a.developers)),
                  ("deployers", .strings(a.deployers)), ("harmed", .strings(a.harmed)),
                  ("systems", .strings(a.systems)), ("sources", .strings(a.fact.sources)),
                ])
              })
          ),
        ])
      ),
      ("as_of", .string(incident.date.description)),
      (
        "regimes",
        .array(
          trace.regimes.map { entry in
            .object([
              ("id", .string(entry.regime.id)), ("title", .string(entry.regime.title)),
              ("kind", .string(entry.regime.kind.rawValue)), ("why", .string(entry.why)),
            ])
          })
      ),
      (
        "regimes_not_applied",
        .array(
          trace.regimesNotApplied.map { entry in
            .object([
              ("id", .string(entry.regime.id)), ("title", .string(entry.regime.title)),
              ("kind", .string(entry.regime.kind.rawValue)), ("why", .string(entry.why)),
            ])
          })
      ),
      ("any_law_applied", .bool(trace.anyLawApplied)),
      ("path", ids(trace.path)),
      (
        "path_edges",
        .array(
          trace.pathEdges.map { edge in
            .object([
              ("from", .string(graph.ids[edge.from])), ("to", .string(graph.ids[edge.to])),
              ("kind", .string(edge.kind.rawValue)),
              ("relation", .optional(edge.relation?.rawValue)),
              ("known", .optional(linkKnowledge(graph, edge)?.rawValue)),
            ])
          })
      ),
      (
        "path_known",
        .object(
          trace.path.compactMap { node in
            GraphReports.knowledge(graph, node).map { (graph.ids[node], .string($0.rawValue)) }
          })
      ),
      (
        "parties",
        .array(
          trace.parties.map { party in
            .object([
              ("party", .string(graph.ids[party.party])),
              ("name", .string(graph.name(of: party.party))),
              (
                "roles",
                .array(
                  party.roles.map { role in
                    .object([
                      ("role", .string(role.role.rawValue)),
                      ("subject", .string(graph.ids[role.subject])),
                      ("reason", .string(role.reason)), ("sources", .strings(role.sources)),
                      ("assumed", .strings(role.assumed)),
                    ])
                  })
              ),
              ("holds", .array(party.holds.map { holding("item", $0.item.rawValue, $0.holding) })),
              (
                "controls",
                .array(party.controls.map { holding("control", $0.control.rawValue, $0.holding) })
              ),
              (
                "duties",
                .object(
                  party.duties.map { duties in
                    (
                      duties.regime,
                      DutiesReport.partyDutiesJSON(
                        duties, graph: graph,
                        regime: trace.regimes.first { $0.regime.id == duties.regime }?.regime)
                    )
                  })
              ),
              ("posture", .string(party.posture.rawValue)),
              ("posture_assumed", .strings(party.assumed)),
              (
                "postures",
                .object(party.postures.map { ($0.regime, .string($0.posture.rawValue)) })
              ),
              ("reasons", .strings(party.reasons)),
              (
                "regulatory_exposure",
                .array(
                  party.exposure.map { x in
                    .object([
                      ("regime", .string(x.regime)), ("rule", .string(x.rule.id)),
                      ("subject", .string(graph.ids[x.subject])),
                      ("citation", .string(x.rule.citation)),
                      ("enforced_by", .string(x.enforcement.by)),
                      ("private_right_of_action", .bool(false)),
                      ("meaning", .string(x.meaning)),
                    ])
                  })
              ),
              (
                "alternatives",
                .array(
                  party.alternatives.map { alternative in
                    .object([
                      ("regime", .string(alternative.regime)), ("rule", .string(alternative.rule)),
                      ("outcome", .string(alternative.outcome)),
                      ("decided_by", .strings(alternative.decidedBy)),
                    ])
                  })
              ),
              ("sources", .strings(party.sources)),
              ("unsourced", .bool(party.sources.isEmpty)),
            ])
          })
      ),
      (
        "contracts",
        .array(
          trace.contracts.map { term in
            let contract = term.contract
            return .object([
              ("id", .string(contract.id)), ("name", .optional(contract.name)),
              ("parties", .strings(contract.parties)),
              ("date", .optional(contract.date?.description)),
              (
                "indemnities",
                .array(
                  contract.indemnities.map { indemnity in
                    .object([
                      ("by", .string(indemnity.by)), ("to", .optional(indemnity.to)),
                      ("for", .strings(indemnity.harms)),
                    ])
                  })
              ),
              ("liability_cap_usd", .optional(contract.liabilityCapUSD)),
              ("excludes", .strings(contract.excludes)),
              ("covers_incident_harm", .bool(!term.covering.isEmpty)),
              ("excludes_incident_harm", .bool(term.excludesHarm)),
              (
                "void_terms",
                .array(
                  voidedTerms(trace, contract.id).map {
                    DutiesReport.voidedJSON($0, graph: trace.graph)
                  })
              ),
              ("sources", .strings(contract.fact.sources)),
            ])
          })
      ),
      ("deadlines", .array(trace.deadlines.map { deadlineJSON($0, graph) })),
      (
        "defences_barred",
        .array(
          trace.barredDefences.map { b in
            .object([
              ("party", .string(graph.ids[b.party])), ("regime", .string(b.regime)),
              ("rule", .string(b.rule.id)), ("citation", .string(b.rule.citation)),
              ("defence", .string(b.defence)), ("open", .bool(b.open)),
              ("status", .string(b.rule.status.rawValue)),
            ])
          })
      ),
      (
        "recourse",
        .array(
          trace.recourse.map { r in
            .object([
              ("party", .string(graph.ids[r.party])), ("regime", .string(r.regime)),
              ("rule", .string(r.rule.id)), ("citation", .string(r.rule.citation)),
              ("under", .optional(r.rule.recourseUnder)), ("open", .bool(r.open)),
              (
                "against",
                .array(
                  r.against.map { a in
                    .object([
                      ("party", .string(graph.ids[a.party])), ("role", .string(a.role)),
                      ("contracts", .strings(a.contracts)),
                    ])
                  })
              ),
              ("text", .string(recourseText(r, graph))),
              ("status", .string(r.rule.status.rawValue)),
            ])
          })
      ),
      ("uncovered", .strings(trace.uncovered)),
      (
        "timeline",
        .array(
          trace.timeline.map { event in
            .object([
              ("date", .string(event.date.description)), ("event", .string(event.text)),
              ("node", .optional(event.node)), ("sources", .strings(event.sources)),
            ])
          })
      ),
      (
        "evidence",
        .array(
          trace.evidence.map { id in
            let source = graph.document.sources.first { $0.id == id }
            return .object([
              ("id", .string(id)), ("title", .optional(source?.title)),
              ("url", .optional(source?.url)),
              ("retrieved", .optional(source?.retrieved?.description)),
            ])
          })
      ),
      ("unsourced", .strings(trace.unsourced)),
      ("rules_not_verified", .strings(unverifiedRules(trace).map(\.line))),
    ])
  }

  // MARK: Shared pieces

  static func deadlineJSON(_ d: IncidentTrace.Deadline, _ graph: SupplyChainGraph) -> JSONValue {
    .object([
      ("party", .string(graph.ids[d.party])), ("regime", .string(d.regime)),
      ("rule", .string(d.rule.id)), ("citation", .string(d.citation)),
      ("what", .string(d.what)), ("to", .string(d.to)),
      ("subjects", .strings(d.subjects.map { graph.ids[$0] })),
      ("within", .optional(d.within?.description)), ("counted_from", .string(d.countedFrom)),
      ("start", .optional(d.start?.description)), ("due", .optional(d.due?.description)),
      ("earliest_due", .optional(d.earliestDue?.description)), ("open", .strings(d.open)),
      (
        "if_also",
        .array(
          d.ifAlso.map { x in
            .object([
              ("within", .string(x.within.description)), ("due", .optional(x.due?.description)),
              ("if", .string(x.condition)), ("citation", .string(x.citation)),
            ])
          })
      ),
      ("owed", .bool(d.owedForCertain)), ("note", .optional(d.note)),
      ("status", .string(d.status.rawValue)),
    ])
  }

  /// A deadline in a sentence a lawyer can quote: who sends what to whom,
  /// by when, counted from what, and what the file leaves open.
  /// A barred defence in a sentence.
  static func barredText(_ b: IncidentTrace.BarredDefence, _ graph: SupplyChainGraph) -> String {
    (b.open ? "If the rule reaches it, " : "") + graph.name(of: b.party)
      + " may not plead \(b.defence) (\(b.rule.citation))"
      + DutiesReport.statusMark(b.rule.status) + "."
  }

  /// A recourse in a sentence: who compensates, whom it may recover from,
  /// under what, and the contracts between them.
  static func recourseText(_ r: IncidentTrace.Recourse, _ graph: SupplyChainGraph) -> String {
    let name = graph.name(of: r.party)
    var text =
      (r.open ? "If the rule reaches it, " : "") + "\(name) compensates the person harmed ("
      + r.rule.citation + ")"
    guard !r.against.isEmpty else {
      return text + "; no party on the path has a role it may recover from"
        + DutiesReport.statusMark(r.rule.status) + "."
    }
    text +=
      " and may recover from "
      + Formatting.conjunction(
        r.against.map { "\(graph.name(of: $0.party)) (\($0.role))" })
      + (r.rule.recourseUnder.map { " under \($0)" } ?? "") + ": "
    text += r.against.map { a in
      let other = graph.name(of: a.party)
      guard !a.contracts.isEmpty else {
        return "no agreement between \(name) and \(other) is recorded, so its terms are unknown"
      }
      let names = a.contracts.map { id in
        graph.document.contracts.first { $0.id == id }.flatMap(\.name) ?? id
      }
      return "with \(other), " + Formatting.conjunction(names)
    }.joined(separator: "; ")
    return text + DutiesReport.statusMark(r.rule.status) + "."
  }

  static func deadlineText(_ d: IncidentTrace.Deadline, _ graph: SupplyChainGraph) -> String {
    var text =
      "\(graph.name(of: d.party)) \(d.owedForCertain ? "must" : "may have to") send "
      + "\(d.what) to \(d.to)"
    if let due = d.due, let within = d.within {
      text += " by \(due): \(within) from \(d.countedFrom) (\(d.citation))"
    } else if let within = d.within {
      text += " within \(within) of \(d.countedFrom) (\(d.citation))"
      if let earliest = d.earliestDue { text += ", so not before \(earliest)" }
    } else {
      text += " without undue delay: the text sets no period (\(d.citation))"
    }
    text += DutiesReport.statusMark(d.status)
    for x in d.ifAlso {
      text +=
        "; " + (x.due.map { "by \($0)" } ?? "within \(x.within)")
        + (x.due == nil ? "" : " (\(x.within))")
        + " instead where it was \(x.condition) (\(x.citation)), which the file does not state"
    }
    if !d.open.isEmpty { text += ". Open: " + d.open.joined(separator: "; ") }
    return text + "."
  }

  /// Rules behind any conclusion of the trace whose status is not
  /// `verified`.
  static func unverifiedRules(_ trace: IncidentTrace) -> [(rule: Rule, line: String)] {
    var rules: [Rule] = []
    for party in trace.parties {
      for duties in party.duties {
        rules +=
          duties.assignments.map(\.rule) + duties.exempt.map(\.rule)
          + duties.findings.map(\.rule)
      }
    }
    var alternativeRules = Set(trace.parties.flatMap { $0.alternatives.map(\.rule) })
    for report in trace.reports {
      for rule in report.regime.rules where alternativeRules.remove(rule.id) != nil {
        rules.append(rule)
      }
    }
    var seen: Set<String> = []
    return rules.filter {
      $0.status != .verified && $0.status != .policy && seen.insert($0.id).inserted
    }.map {
      ($0, "\($0.id) (\($0.citation)) is \($0.status.rawValue)")
    }
  }

  static func sourceLine(_ graph: SupplyChainGraph, _ id: String) -> String {
    guard let source = graph.document.sources.first(where: { $0.id == id }) else { return id }
    return "\(id): \(source.title)" + (source.url.map { ", \($0)" } ?? "")
      + (source.retrieved.map { " (retrieved \($0))" } ?? "")
  }

  static func path(_ trace: IncidentTrace) -> [String] {
    let graph = trace.graph
    return trace.path.map { node in
      let upstream = trace.pathEdges.filter { $0.to == node }.map { edge in
        let words = [edge.relation?.rawValue, linkKnowledge(graph, edge)?.rawValue].compactMap {
          $0
        }
        return graph.ids[edge.from]
          + (words.isEmpty ? "" : " (" + words.joined(separator: ", ") + ")")
      }
      let known = GraphReports.knowledge(graph, node).map { ", " + $0.rawValue } ?? ""
      return "\(graph.ids[node]) [\(graph.kinds[node].rawValue)\(known)]"
        + (upstream.isEmpty ? "" : " ← " + upstream.joined(separator: ", "))
    }
  }

  /// How a lineage edge's link is known, when its file says.
  static func linkKnowledge(_ graph: SupplyChainGraph, _ edge: Edge) -> FactKnowledge? {
    guard edge.kind == .lineage, let model = graph.model(at: edge.to) else { return nil }
    let base = graph.ids[edge.from]
    return model.derivedFrom.first { $0.base == base }?.fact.known
  }

  // MARK: Text and Markdown

  static func proceedingJSON(_ p: Proceeding) -> JSONValue {
    .object([
      ("forum", .string(p.forum)), ("claimant", .optional(p.claimant)),
      ("respondents", .strings(p.respondents)), ("causes_of_action", .strings(p.causesOfAction)),
      ("filed", .optional(p.filed?.description)), ("decided", .optional(p.decided?.description)),
      ("outcome", .optional(p.outcome)), ("damages_usd", .optional(p.damagesUSD)),
      ("citation", .optional(p.citation)), ("pinpoints", .strings(p.pinpoints)),
      ("sources", .strings(p.fact.sources)),
    ])
  }

  /// A proceeding in one sentence, in names.
  /// What an allegation says, in a sentence, with what it is not.
  static func allegationText(_ a: Incident.Allegation, _ graph: SupplyChainGraph) -> String {
    func names(_ ids: [String]) -> String {
      ids.map { graph.node($0).map { graph.name(of: $0) } ?? $0 }.joined(separator: ", ")
    }
    var parts: [String] = []
    if !a.developers.isEmpty { parts.append("developed by " + names(a.developers)) }
    if !a.deployers.isEmpty { parts.append("deployed by " + names(a.deployers)) }
    if !a.harmed.isEmpty { parts.append("harming " + names(a.harmed)) }
    if !a.systems.isEmpty {
      parts.append("implicated systems: " + a.systems.joined(separator: ", "))
    }
    let by = a.by.prefix(1).uppercased() + a.by.dropFirst()
    return "\(by) alleges an AI system "
      + (parts.isEmpty ? "without naming who made or used it" : parts.joined(separator: "; "))
      + ". An allegation, not a role: the roles in this report come from the chain's items and "
      + "links, and a party alleged but not on the path owes nothing here until the chain says "
      + "what it did."
  }

  static func proceedingText(_ p: Proceeding, _ graph: SupplyChainGraph) -> String {
    func who(_ id: String) -> String { graph.node(id).map { graph.name(of: $0) } ?? id }
    var text = p.forum
    if let claimant = p.claimant { text += ": " + who(claimant) }
    if !p.respondents.isEmpty {
      text += (p.claimant == nil ? ": " : " v. ") + p.respondents.map(who).joined(separator: ", ")
    }
    if !p.causesOfAction.isEmpty { text += "; " + p.causesOfAction.joined(separator: ", ") }
    if let filed = p.filed { text += "; filed \(filed)" }
    if let decided = p.decided { text += "; decided \(decided)" }
    if let outcome = p.outcome { text += ": " + outcome }
    if let damages = p.damagesUSD { text += "; damages awarded " + money(damages) }
    if let citation = p.citation {
      text +=
        "; " + citation + (p.pinpoints.isEmpty ? "" : ", " + p.pinpoints.joined(separator: ", "))
    }
    return text
  }

  /// A role as a sentence in names ("Meta Platforms, Inc. developed Llama
  /// 3.1 8B").
  static func roleSentence(_ role: RoleAssignment, _ graph: SupplyChainGraph) -> String {
    let p = graph.name(of: role.party)
    let s = graph.name(of: role.subject)
    switch role.role {
    case .preTrainer:
      return role.assumed.isEmpty
        ? "\(p) trained \(s)"
          + (role.reason.contains("its own model") || role.reason.contains("continued pre-training")
            ? " (" + Naming.names(in: role.reason, graph) + ")" : " from scratch")
        : "\(p) developed \(s) (taken to have trained it from scratch: the file does not "
          + "state its lineage)"
    case .modifier:
      return Naming.names(in: role.reason, graph)
    case .host: return "\(p) ran the hardware of \(s)"
    case .hostingPlatform: return "\(p) made the weights of \(s) available for download"
    case .apiProvider: return "\(p) provided \(s) to others"
    case .productVendor: return "\(p) offered \(s) to its users"
    case .deployer: return "\(p) used \(s) in its own operations"
    case .datasetPublisher: return "\(p) published \(s)"
    }
  }

  /// The trace as text, or as Markdown when `markdown`: in names, not ids.
  public static func text(_ trace: IncidentTrace, markdown: Bool = false) -> String {
    let graph = trace.graph
    let incident = trace.incident
    var out: [String] = []
    func heading(_ text: String, level: Int = 2) {
      out.append("")
      out.append(
        markdown
          ? String(repeating: "#", count: level) + " " + MarkdownText.inline(text)
          : text.uppercased())
    }
    func para(_ text: String, first: String = "", rest: String? = nil) {
      out.append(
        markdown
          ? first + MarkdownText.inline(text) : TextLayout.wrap(text, first: first, rest: rest))
    }
    func named(_ text: String) -> String { Naming.names(in: text, graph) }
    let bullet = markdown ? "- " : "  "
    let productName = graph.node(incident.product).map { graph.name(of: $0) } ?? incident.product
    let title = "Incident: " + (incident.name ?? incident.id) + " (\(incident.id))"
    out.append(markdown ? "# " + MarkdownText.inline(title) : TextLayout.wrap(title))
    para(
      "On \(incident.date), "
        + (incident.harm.map { "harm of the kind \($0)" } ?? "harm of a kind not stated")
        + " in \(incident.jurisdiction ?? "a place not stated"), through \(productName)."
        + " Traced as of \(incident.date): only facts valid that day.")
    if let description = incident.description { para(description) }

    heading("Summary")
    if !trace.anyLawApplied {
      para(
        "No law applied to this incident: "
          + (trace.regimesNotApplied.isEmpty
            ? "none of the regimes asked for is a law in force on its date."
            : "every built-in law considered is out of force on \(incident.date) or outside "
              + "its territory (below).")
          + " What follows is the project's policy analysis, not law.", first: bullet)
    }
    if markdown {
      out.append("| Party | Posture | Roles on the path |")
      out.append("|---|---|---|")
      for party in trace.parties {
        out.append(
          MarkdownText.row([
            graph.name(of: party.party), party.posture.rawValue,
            party.roles.map(\.role.rawValue).uniqued().joined(separator: ", "),
          ]))
      }
    } else {
      let width = max(5, (trace.parties.map { graph.name(of: $0.party).count }.max() ?? 0)) + 2
      out.append("  " + TextLayout.pad("party", width) + TextLayout.pad("posture", 15) + "roles")
      for party in trace.parties {
        let prefix =
          "  " + TextLayout.pad(graph.name(of: party.party), width)
          + TextLayout.pad(party.posture.rawValue, 15)
        out.append(
          TextLayout.wrap(
            party.roles.map(\.role.rawValue).uniqued().joined(separator: ", "), first: prefix,
            rest: String(repeating: " ", count: prefix.count)))
      }
    }

    if !incident.alleged.isEmpty {
      heading("Alleged (not established)")
      for allegation in incident.alleged {
        para(allegationText(allegation, graph) + cite(allegation.fact.sources), first: bullet)
      }
    }

    if !incident.proceedings.isEmpty {
      heading("Proceedings")
      for proceeding in incident.proceedings {
        para(proceedingText(proceeding, graph) + cite(proceeding.fact.sources), first: bullet)
      }
    }

    if !trace.deadlines.isEmpty {
      heading("Reports due")
      for d in trace.deadlines {
        para(
          deadlineText(d, graph), first: bullet + "[\(d.regime)] ",
          rest: markdown ? nil : "    ")
      }
      for note in trace.deadlines.compactMap(\.note).uniqued() { para(note, first: bullet) }
    }

    if !trace.barredDefences.isEmpty {
      heading("Defences barred")
      for b in trace.barredDefences {
        para(barredText(b, graph), first: bullet + "[\(b.regime)] ", rest: markdown ? nil : "    ")
      }
    }

    if !trace.recourse.isEmpty {
      heading("Recourse")
      for r in trace.recourse {
        para(
          recourseText(r, graph), first: bullet + "[\(r.regime)] ", rest: markdown ? nil : "    ")
      }
    }

    heading("Regimes applied")
    for entry in trace.regimes {
      let label = entry.regime.kind == .principles ? " (a policy analysis, not law)" : ""
      para("\(entry.regime.title) (\(entry.regime.id))\(label): \(entry.why)", first: bullet)
      for notice in entry.regime.notices {
        para(
          "note: " + notice.text
            + (notice.status == .verified ? "" : " [\(notice.status.rawValue)]"),
          first: markdown ? "  - " : "    ", rest: markdown ? nil : "      ")
      }
    }
    if !trace.regimesNotApplied.isEmpty {
      heading("Laws considered and not applied")
      for entry in trace.regimesNotApplied {
        para("\(entry.regime.title) (\(entry.regime.id)): \(entry.why)", first: bullet)
      }
    }

    heading("Path (product first, then upstream)")
    for line in path(trace) { para(named(line), first: bullet) }

    heading("Parties")
    for party in trace.parties {
      let name = graph.name(of: party.party)
      let places = graph.party(at: party.party)?.jurisdictions.joined(separator: ", ") ?? ""
      let heading = name + (places.isEmpty ? "" : " (\(places))")
      out.append("")
      out.append(markdown ? "### " + MarkdownText.inline(heading) : TextLayout.wrap(heading))
      para("posture: \(party.posture.rawValue)", first: bullet)
      for role in party.roles {
        para(
          roleSentence(role, graph) + cite(role.sources), first: bullet + "did: ",
          rest: markdown ? nil : "       ")
      }
      for group in knowledge(party, graph) {
        para(named(group), first: bullet + "knew: ", rest: markdown ? nil : "        ")
      }
      for group in control(party, graph) {
        para(named(group), first: bullet + "could: ", rest: markdown ? nil : "         ")
      }
      for duties in party.duties {
        let regime = trace.regimes.first { $0.regime.id == duties.regime }?.regime
        for a in duties.assignments {
          let open =
            a.outcome == .open
            ? (DutiesReport.openOnExemption(a)
              ? ", unless what the file leaves out makes it exempt: "
              : ", if what the file leaves out so decides: ")
              + a.openOn.map { "\(ConditionFact.question($0.fact)) (\(graph.name(of: $0.about)))" }
              .uniqued().joined(separator: "; ")
            : ""
          para(
            "\(name) \(a.outcome == .open && !DutiesReport.openOnExemption(a) ? "may have to" : "must") "
              + "\(a.rule.asked), for \(graph.name(of: a.subject)) (\(a.rule.citation)"
              + (regime.map { DutiesReport.amendedText(a.rule, $0) } ?? "") + ")"
              + DutiesReport.statusMark(a.status) + DutiesReport.dueText(a) + open,
            first: bullet + "[\(duties.regime)] ", rest: markdown ? nil : "        ")
        }
        for e in duties.exempt {
          para(
            "\(name) is exempt from the duty to \(e.rule.asked), for "
              + "\(graph.name(of: e.subject)) (\(e.rule.citation))"
              + DutiesReport.statusMark(e.rule.status) + ": " + e.because,
            first: bullet + "[\(duties.regime)] ", rest: markdown ? nil : "        ")
        }
        for f in duties.findings {
          para(
            (f.outcome == .open ? "if that duty is owed: " : "") + f.explanation
              + DutiesReport.statusMark(f.rule.status),
            first: bullet + "\(f.kind.rawValue) [\(duties.regime)]: ",
            rest: markdown ? nil : "        ")
        }
      }
      for reason in party.reasons {
        para(named(reason), first: bullet + "why: ", rest: markdown ? nil : "       ")
      }
      for exposure in party.exposure {
        para(exposure.meaning, first: bullet + "exposure: ", rest: markdown ? nil : "       ")
      }
      for assumption in party.assumed {
        para(named(assumption), first: bullet + "assumed: ", rest: markdown ? nil : "           ")
      }
      for alternative in party.alternatives {
        para(
          "[\(alternative.regime)] \(name) \(alternative.outcome), "
            + alternative.decidedBy.joined(separator: "; "),
          first: bullet + "alternative: ", rest: markdown ? nil : "    ")
      }
      para(
        party.sources.isEmpty
          ? "none: the facts used about this party cite no source (unsourced)"
          : party.sources.joined(separator: ", "), first: bullet + "sources: ",
        rest: markdown ? nil : "    ")
    }

    heading("Regimes compared for this incident")
    let regimeIDs = trace.regimes.map(\.regime.id)
    if markdown {
      out.append(MarkdownText.row(["Party"] + regimeIDs))
      out.append("|---|" + regimeIDs.map { _ in "---|" }.joined())
      for party in trace.parties {
        out.append(
          MarkdownText.row(
            [graph.name(of: party.party)] + regimeIDs.map { id in comparisonCell(party, id) }))
      }
    } else {
      for party in trace.parties {
        para(
          regimeIDs.map { "\($0): \(comparisonCell(party, $0))" }.joined(separator: "; "),
          first: bullet + graph.name(of: party.party) + ": ", rest: "      ")
      }
    }
    para(
      "\"no harm rule\" means the regime has no rule that makes this party answer for the "
        + "incident's harm; its other duties are listed under the party.")

    heading("Contracts on the path")
    if trace.contracts.isEmpty { para("None recorded.", first: bullet) }
    for term in trace.contracts {
      let contract = term.contract
      let partyNames = contract.parties.map { id in
        graph.node(id).map { graph.name(of: $0) } ?? id
      }
      var text =
        (contract.name ?? contract.id) + " between " + partyNames.joined(separator: ", ")
      for indemnity in contract.indemnities {
        let by = graph.node(indemnity.by).map { graph.name(of: $0) } ?? indemnity.by
        let to = indemnity.to.map { id in graph.node(id).map { graph.name(of: $0) } ?? id }
        text +=
          "; \(by) indemnifies \(to ?? "the other parties") for "
          + indemnity.harms.joined(separator: ", ")
      }
      if let cap = contract.liabilityCapUSD {
        text += "; liability capped at \(money(cap))"
      }
      if !contract.excludes.isEmpty {
        text += "; excludes " + contract.excludes.joined(separator: ", ")
      }
      for voided in voidedTerms(trace, contract.id) {
        text += "; " + voidedText(voided)
      }
      para(text + cite(contract.fact.sources), first: bullet)
    }
    for line in trace.uncovered { para(named(line), first: bullet) }

    heading("Timeline")
    for event in trace.timeline {
      para(
        named(event.text) + cite(event.sources), first: bullet + "\(event.date) ",
        rest: "             ")
    }

    heading("Evidence")
    if trace.evidence.isEmpty { para("No source is cited.", first: bullet) }
    for id in trace.evidence { para(sourceLine(graph, id), first: bullet) }
    for line in trace.unsourced { para("unsourced: " + named(line), first: bullet) }

    let unverified = unverifiedRules(trace)
    if !unverified.isEmpty {
      heading("Rules not verified against the text")
      for entry in unverified { para(entry.line, first: bullet) }
    }
    out.append("")
    out.append(DutiesReport.notice)
    return out.joined(separator: "\n")
  }

  /// What a party knew, one line per subject and way of knowing.
  static func knowledge(_ party: IncidentTrace.PartyTrace, _ graph: SupplyChainGraph)
    -> [String]
  {
    grouped(
      party.holds.map { (Naming.item($0.item), $0.holding) },
      graph, joiner: "of")
  }

  /// What a party could do, one line per subject and reason.
  static func control(_ party: IncidentTrace.PartyTrace, _ graph: SupplyChainGraph) -> [String] {
    grouped(
      party.controls.map { (Naming.control($0.control), $0.holding) }, graph, joiner: "over")
  }

  static func grouped(
    _ entries: [(String, Holding)], _ graph: SupplyChainGraph, joiner: String
  ) -> [String] {
    var keys: [String] = []
    var names: [String: [String]] = [:]
    var first: [String: Holding] = [:]
    for (name, holding) in entries {
      let key = "\(holding.subject)\u{1}\(holding.reason)"
      if names[key] == nil {
        keys.append(key)
        first[key] = holding
      }
      names[key, default: []].append(name)
    }
    return keys.compactMap { key in
      guard let holding = first[key] else { return nil }
      return (names[key] ?? []).joined(separator: ", ")
        + " \(joiner) \(graph.ids[holding.subject]) (\(holding.reason))"
    }
  }

  static func comparisonCell(_ party: IncidentTrace.PartyTrace, _ regime: String) -> String {
    party.postures.first { $0.regime == regime }?.posture.rawValue ?? "no harm rule"
  }

  static func cite(_ sources: [String]) -> String {
    sources.isEmpty ? " [unsourced]" : " [" + sources.joined(separator: ", ") + "]"
  }

  static func money(_ value: Double) -> String { Formatting.dollars(value) }

  /// The terms of a contract that a regime applied in the trace voids.
  static func voidedTerms(_ trace: IncidentTrace, _ contract: String) -> [VoidedTerm] {
    trace.reports.flatMap { $0.voidedTerms.filter { $0.contract == contract } }
  }

  /// A voided term in a clause: "under ct-sb5 (Conn. Public Act 26-15), the
  /// liability cap of $1 million does not hold for catastrophic risk (death)".
  static func voidedText(_ v: VoidedTerm) -> String {
    let harms = v.harms.joined(separator: ", ")
    return (v.outcome == .open ? "if its duty is owed, " : "")
      + "under \(v.rule.id.split(separator: "/").first.map(String.init) ?? v.rule.id) "
      + "(\(v.rule.citation)) \(v.term) does not hold for "
      + (v.rule.voidsLimitsFor.map { "\($0) (\(harms))" } ?? harms)
  }

  // MARK: CSV

  /// The responsibility matrix: one row per duty, one column per party on
  /// the path; a cell says whether the party owes it or is exempt, for
  /// what, under which citation. Several parties may owe one duty.
  public static func csv(_ trace: IncidentTrace) -> String {
    let graph = trace.graph
    var rows: [[String]] = []
    var header = ["regime", "rule", "duty", "citation", "status"]
    header += trace.parties.map { graph.ids[$0.party] }
    rows.append(header)
    rows.append(
      ["", "", "posture", "", ""] + trace.parties.map { $0.posture.rawValue })
    var keys: [(regime: String, rule: Rule)] = []
    var seen: Set<String> = []
    for party in trace.parties {
      for duties in party.duties {
        for rule in duties.assignments.map(\.rule) + duties.exempt.map(\.rule)
        where seen.insert(duties.regime + " " + rule.id).inserted {
          keys.append((duties.regime, rule))
        }
      }
    }
    for key in keys {
      var row = [
        key.regime, key.rule.id, key.rule.duty, key.rule.citation, key.rule.status.rawValue,
      ]
      for party in trace.parties {
        let duties = party.duties.first { $0.regime == key.regime }
        let owes = duties?.assignments.filter { $0.rule.id == key.rule.id } ?? []
        let exempt = duties?.exempt.filter { $0.rule.id == key.rule.id } ?? []
        var cell: [String] = []
        if !owes.isEmpty {
          cell.append(
            "owes for " + owes.map { graph.ids[$0.subject] }.joined(separator: ", ") + " ("
              + key.rule.citation + ")")
        }
        if !exempt.isEmpty {
          cell.append(
            "exempt for " + exempt.map { graph.ids[$0.subject] }.joined(separator: ", ") + " ("
              + key.rule.citation + ")")
        }
        row.append(cell.joined(separator: "; "))
      }
      rows.append(row)
    }
    for d in trace.deadlines {
      var row = [d.regime, d.rule.id, "report: " + d.what, d.citation, d.status.rawValue]
      for party in trace.parties {
        row.append(party.party == d.party ? deadlineText(d, graph) : "")
      }
      rows.append(row)
    }
    return rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
  }

  static func csvField(_ value: String) -> String { CSVText.field(value) }
}
