import ArgumentParser
import Foundation
import LiabilityGraph
import LiabilityStore

struct DBInit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create an empty store (or check an existing one).")
  @OptionGroup var store: StoreOption

  func run() throws {
    try reportingStoreErrors {
      let existed = FileManager.default.fileExists(atPath: store.db)
      try store.open(create: true).close()
      print(existed ? "\(store.db): already a store" : "\(store.db): created an empty store")
    }
  }
}
