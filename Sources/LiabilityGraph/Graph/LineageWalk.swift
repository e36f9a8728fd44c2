/// The one depth-first walk over lineage (each model to its bases) that
/// finds the links closing a cycle: the loader's checks report them, and
/// the importers and edge lists leave them out.
///
/// Nodes are `0..<count`, visited as roots in that order; a node's links
/// are `0..<baseCount(node)`, each naming `base(node, link)` (negative for
/// a base that is not a node). A link to a node on the current path closes
/// a cycle (a link to the node itself included): it is reported and not
/// followed, so that the walk sees the lineage as it is once every reported
/// link is left out. Iterative, so a deep chain does not exhaust the stack.
package enum LineageWalk {
  /// A link closing a cycle: `node`'s link number `link`, and the path
  /// from the base the link names down to `node` (the cycle, less the link
  /// back).
  package struct Closing {
    /// The node whose link closes the cycle.
    package var node: Int
    /// The link's index among the node's links.
    package var link: Int
    /// The nodes from the link's base to `node`, in walk order.
    package var path: [Int]
  }

  /// Every link that closes a cycle, in walk order.
  package static func closingLinks(
    count: Int, baseCount: (Int) -> Int, base: (Int, Int) -> Int
  ) -> [Closing] {
    var found: [Closing] = []
    var state = [UInt8](repeating: 0, count: count)  // 1 on the path, 2 done
    var stack: [(node: Int, next: Int)] = []
    for start in 0..<count where state[start] == 0 {
      stack.append((start, 0))
      state[start] = 1
      while let top = stack.last {
        guard top.next < baseCount(top.node) else {
          state[top.node] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let target = base(top.node, top.next)
        guard target >= 0, target < count else { continue }
        switch state[target] {
        case 0:
          state[target] = 1
          stack.append((target, 0))
        case 1:
          let from = stack.lastIndex { $0.node == target } ?? stack.count - 1
          found.append(
            Closing(node: top.node, link: top.next, path: stack[from...].map(\.node)))
        default:
          break
        }
      }
    }
    return found
  }
}
