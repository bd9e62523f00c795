/// Wildcard prefixes (`safeguard*`, `curric*`) as a trie over their UTF-8 bytes, each prefix holding the ids of
/// the queries it triggers.
///
/// Walking one word's bytes from the root visits every named prefix of the word in one pass. Looking each
/// possible prefix length up in a dictionary instead hashed a new substring a dozen times per word, twice (the
/// word and its stem), which was a sixth of matching a line. Nodes and edges live in flat arrays of plain
/// numbers, so the walk allocates and retains nothing.
struct PrefixTrie: Sendable {
    /// For each node, where its edges start in `edges` and how many there are, and where its ids start in `ids`.
    private var nodes: [(firstEdge: Int32, edgeCount: Int32, firstID: Int32, idCount: Int32)] = []
    /// Each edge's byte and the node it leads to, grouped by the node they leave.
    private var edges: [(byte: UInt8, node: Int32)] = []
    private var ids: [Int] = []

    /// A trie of `prefixes`, each with the ids it triggers.
    init(_ prefixes: [String: [Int]]) {
        // Built as nested dictionaries first, then laid out flat, breadth first.
        var children: [[UInt8: Int]] = [[:]]
        var idsAt: [[Int]] = [[]]
        for (prefix, prefixIDs) in prefixes {
            var node = 0
            for byte in prefix.utf8 {
                if let next = children[node][byte] {
                    node = next
                } else {
                    children.append([:])
                    idsAt.append([])
                    children[node][byte] = children.count - 1
                    node = children.count - 1
                }
            }
            idsAt[node] += prefixIDs
        }
        var order = [0]
        var position = [0: 0]
        var next = 0
        while next < order.count {
            for (_, child) in children[order[next]].sorted(by: { $0.key < $1.key }) {
                position[child] = order.count
                order.append(child)
            }
            next += 1
        }
        for node in order {
            let nodeEdges = children[node].sorted { $0.key < $1.key }
            nodes.append((Int32(edges.count), Int32(nodeEdges.count), Int32(ids.count), Int32(idsAt[node].count)))
            edges += nodeEdges.map { (byte: $0.key, node: Int32(position[$0.value]!)) }
            ids += idsAt[node].sorted()
        }
    }

    /// Whether no prefix is held.
    var isEmpty: Bool { ids.isEmpty }

    /// Calls `body` with the ids of every held prefix that `word` starts with, the empty prefix included.
    func forEachID(startingWith word: String, _ body: (Int) -> Void) {
        var node = 0
        report(node, body)
        for byte in word.utf8 {
            guard let next = child(of: node, byte) else { return }
            node = next
            report(node, body)
        }
    }

    private func report(_ node: Int, _ body: (Int) -> Void) {
        let start = Int(nodes[node].firstID)
        for index in start..<start + Int(nodes[node].idCount) { body(ids[index]) }
    }

    private func child(of node: Int, _ byte: UInt8) -> Int? {
        let start = Int(nodes[node].firstEdge)
        for index in start..<start + Int(nodes[node].edgeCount) where edges[index].byte == byte {
            return Int(edges[index].node)
        }
        return nil
    }
}
