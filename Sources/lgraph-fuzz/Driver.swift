import Foundation
import LiabilityFuzz

// Built by Scripts/fuzz (LGRAPH_FUZZING: `-D FUZZING`, libFuzzer and the
// address sanitizer), this file is the fuzz target libFuzzer calls; the
// target is chosen by LGRAPH_FUZZ_TARGET. Built plainly, it replays files:
// `lgraph-fuzz TARGET FILE...` prints each broken invariant and exits 1.

#if FUZZING
  /// The target, read once from the environment.
  let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["LGRAPH_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(Data("set LGRAPH_FUZZ_TARGET to one of: \(names)\n".utf8))
      exit(2)
    }
    return target
  }()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let problems = target.run(bytes)
    if !problems.isEmpty {
      FileHandle.standardError.write(
        Data(("invariant broken: " + problems.joined(separator: "; ") + "\n").utf8))
      abort()
    }
    return 0
  }

  /// libFuzzer's driver, called from the executable's entry point.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The entry point SwiftPM links an executable target to (its `main`):
  /// it hands over to libFuzzer, whose own `main` the link leaves out.
  @_cdecl("lgraph_fuzz_main")
  public func entry(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { start, size in fuzz(start, size) }
  }
#else
  @main
  struct Replay {
    static func main() {
      let arguments = Array(CommandLine.arguments.dropFirst())
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        print("usage: lgraph-fuzz TARGET FILE...  (targets: \(names))")
        exit(2)
      }
      var failed = false
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          print("\(path): cannot be read")
          failed = true
          continue
        }
        for problem in target.run([UInt8](data)) {
          print("\(path): \(problem)")
          failed = true
        }
      }
      exit(failed ? 1 : 0)
    }
  }
#endif
