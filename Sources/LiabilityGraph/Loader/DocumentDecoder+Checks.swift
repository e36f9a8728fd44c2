extension DocumentDecoder {
  /// Checks every recorded reference now that all ids are known.
  func resolveReferences() {
    var byKind: [NodeKind: [String]] = [:]
    for (id, entry) in ids { byKind[entry.kind, default: []].append(id) }
    for kind in byKind.keys { byKind[kind]?.sort() }
    var suggestionsLeft = 200  // bound the cost on large, very broken files
    for reference in pending {
      if let found = ids[reference.id] {
        if reference.expected.contains(found.kind) { continue }
        let wanted = reference.expected.map(\.rawValue).joined(separator: " or ")
        error(
          "'\(reference.id)' is \(found.kind.withArticle), but the "
            + "\(reference.role) must be a \(wanted)",
          at: reference.location,
          notes: [.init("'\(reference.id)' is defined here", at: found.location)])
        continue
      }
      var candidates = reference.expected.flatMap { byKind[$0] ?? [] }
      if reference.expected.contains(.license), let builtins {
        candidates += builtins.ids
      }
      var suggestion: String? = nil
      if suggestionsLeft > 0 {
        suggestionsLeft -= 1
        suggestion = Suggestion.closest(to: reference.id, in: candidates)
      }
      let kindName = reference.expected.map(\.rawValue).joined(separator: " or ")
      error(
        "unknown \(kindName) '\(reference.id)' (\(reference.role))"
          + Suggestion.hint(suggestion), at: reference.location)
    }
  }

  /// Reports every lineage cycle once, printing the cycle.
  func checkLineageCycles(_ models: [Model]) {
    var index: [String: Int] = [:]
    for (i, model) in models.enumerated() where index[model.id] == nil {
      index[model.id] = i
    }
    // 0 = unvisited, 1 = on the stack, 2 = done.
    var state = [UInt8](repeating: 0, count: models.count)
    for start in models.indices where state[start] == 0 {
      // Iterative depth-first search: (model, next link to follow).
      var stack: [(Int, Int)] = [(start, 0)]
      state[start] = 1
      while let (node, next) = stack.last {
        let links = models[node].derivedFrom
        if next >= links.count {
          state[node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].1 = next + 1
        guard let base = index[links[next].base] else { continue }
        switch state[base] {
        case 0:
          state[base] = 1
          stack.append((base, 0))
        case 1:
          // The stack from `base` to `node` plus the link back is a cycle.
          let from = stack.firstIndex { $0.0 == base } ?? 0
          let cycle = stack[from...].map { models[$0.0].id } + [models[base].id]
          error(
            "lineage cycle: " + cycle.joined(separator: " → ")
              + " (each model is listed as derived from the next)",
            at: links[next].fact.location)
        default:
          break
        }
      }
    }
  }

  /// Dates that contradict each other: warnings, since sources disagree in
  /// practice.
  func checkDates(_ document: Document) {
    var released: [String: Day] = [:]
    for model in document.models {
      if let day = model.released { released[model.id] = day }
    }
    for model in document.models {
      for link in model.derivedFrom {
        guard let base = released[link.base] else { continue }
        if let date = link.date ?? model.released, date < base {
          warning(
            "'\(model.id)' is dated \(date), before its base '\(link.base)' "
              + "was released (\(base))", at: link.fact.location)
        }
      }
    }
    var productReleased: [String: Day] = [:]
    for product in document.products {
      if let day = product.released { productReleased[product.id] = day }
    }
    for incident in document.incidents {
      if let day = productReleased[incident.product], incident.date < day {
        warning(
          "incident '\(incident.id)' (\(incident.date)) is dated before "
            + "product '\(incident.product)' was released (\(day))",
          at: incident.fact.location)
      }
    }
  }

  /// A product's `system_changes` must name another party's system that
  /// the product builds on; anything else is likely a slip (warnings).
  func checkSystemChanges(_ document: Document) {
    var owner: [String: String] = [:]
    for service in document.services { owner[service.id] = service.provider }
    for product in document.products { owner[product.id] = product.vendor }
    for product in document.products {
      let used = Set(product.uses.map(\.id))
      for change in product.systemChanges {
        if owner[change.system] == product.vendor {
          warning(
            "product '\(product.id)' lists a change to '\(change.system)', which its own "
              + "vendor '\(product.vendor)' provides; a rebrand, substantial modification "
              + "or new purpose concerns another party's system",
            at: change.fact.location)
        } else if document.services.contains(where: { $0.id == change.system }),
          !used.contains(change.system)
        {
          warning(
            "product '\(product.id)' changes service '\(change.system)' but does not list "
              + "it in 'uses'", at: change.fact.location)
        }
      }
    }
  }
}
