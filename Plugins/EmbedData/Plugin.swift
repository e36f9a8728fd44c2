import Foundation
import PackagePlugin

/// Embeds a target's data files (`*.yaml` anywhere under the target's
/// folder: regime packs, license tables) in its code, so that the binary
/// carries them wherever it runs. The files stay the source of truth; the
/// generated `EmbeddedData.swift` holds their text, by path relative to
/// the target.
@main
struct EmbedData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = target.directoryURL
    var files: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    {
      for case let url as URL in walker where url.pathExtension == "yaml" {
        files.append(url)
      }
    }
    files.sort { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedData.swift")
    let tool = try context.tool(named: "lgraph-embed")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) data files in \(target.name)",
        executable: tool.url,
        arguments: [root.path, output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
