// swift-tools-version: 6.1
import PackageDescription

// Scripts/fuzz sets LGRAPH_FUZZING: every module is then instrumented for
// coverage (flags on its command line), and lgraph-fuzz alone is linked
// with libFuzzer, whose main calls the target (-D FUZZING).
let fuzzing = Context.environment["LGRAPH_FUZZING"] != nil

let package = Package(
  name: "LiabilityGraph",
  products: [
    .library(name: "LiabilityGraph", targets: ["LiabilityGraph"]),
    .library(name: "LiabilityReports", targets: ["LiabilityReports"]),
    .library(name: "LiabilityRender", targets: ["LiabilityRender"]),
    .library(name: "LiabilityRules", targets: ["LiabilityRules"]),
    .library(name: "LiabilityStore", targets: ["LiabilityStore"]),
    .library(name: "LiabilityInterop", targets: ["LiabilityInterop"]),
    .executable(name: "lgraph", targets: ["lgraph"]),
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // SHA-256 for verifying a model's files against its pinned digests.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .target(
      name: "LiabilityGraph",
      dependencies: ["CYAML"],
      // The built-in license table, embedded in the code by EmbedData.
      exclude: ["Licenses/licenses.yaml"],
      plugins: ["EmbedData"]
    ),
    // libyaml's parser through pkg-config (the system's own header).
    .systemLibrary(
      name: "CYAML", pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
    // Graphviz's C libraries (gvc + cgraph) through pkg-config; the system's
    // own headers, none vendored.
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
    // Reports as text, Markdown, HTML, CSV and JSON: no Graphviz.
    .target(name: "LiabilityReports", dependencies: ["LiabilityGraph", "LiabilityRules"]),
    // Diagrams: DOT, and Graphviz's C libraries for SVG, PNG and PDF.
    .target(
      name: "LiabilityRender",
      dependencies: ["LiabilityGraph", "LiabilityRules", "LiabilityReports", "CGraphviz"]),
    // The regime packs and the MOF license table are data files (Packs/*.yaml,
    // Openness/mof-licenses.yaml) embedded in the code by EmbedData.
    .target(
      name: "LiabilityRules", dependencies: ["LiabilityGraph"],
      exclude: ["Packs", "Openness/mof-licenses.yaml"], plugins: ["EmbedData"]),
    // Writes a target's .yaml data files into a Swift file (build time only).
    .executableTarget(name: "lgraph-embed", path: "Sources/lgraph-embed"),
    .plugin(
      name: "EmbedData", capability: .buildTool(), dependencies: ["lgraph-embed"]),
    // SPDX, CycloneDX, Hugging Face, ecosystem-graphs and MOF formats.
    .target(
      name: "LiabilityInterop",
      dependencies: ["LiabilityGraph", .product(name: "Crypto", package: "swift-crypto")]),
    // The SQLite store, through GRDB on the system's libsqlite3.
    .target(
      name: "LiabilityStore",
      dependencies: [
        "LiabilityGraph", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .executableTarget(
      name: "lgraph",
      dependencies: [
        "LiabilityGraph", "LiabilityReports", "LiabilityRender", "LiabilityRules",
        "LiabilityStore", "LiabilityInterop",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The fuzz targets (every reader of outside input, with its invariant)
    // and their driver: Scripts/fuzz builds the driver with libFuzzer and
    // the address sanitizer; built plainly it replays inputs.
    .target(
      name: "LiabilityFuzz",
      dependencies: [
        "LiabilityGraph", "LiabilityRules", "LiabilityReports", "LiabilityRender",
        "LiabilityStore", "LiabilityInterop",
      ]),
    .executableTarget(
      name: "lgraph-fuzz", dependencies: ["LiabilityFuzz"],
      swiftSettings: fuzzing
        ? [.define("FUZZING"), .unsafeFlags(["-sanitize=fuzzer,address"])] : [],
      linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []),
    // Long-running measurements for Scripts/bench-render (not shipped).
    .executableTarget(
      name: "lgraph-bench", dependencies: ["LiabilityGraph", "LiabilityReports", "LiabilityRender"]),
    .testTarget(
      name: "LiabilityGraphTests", dependencies: ["LiabilityGraph"], exclude: ["Fixtures"]),
    .testTarget(
      name: "LiabilityRenderTests",
      dependencies: ["LiabilityGraph", "LiabilityRules", "LiabilityReports", "LiabilityRender"]
    ),
    .testTarget(
      name: "LiabilityRulesTests", dependencies: ["LiabilityGraph", "LiabilityRules"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "LiabilityStoreTests",
      dependencies: [
        "LiabilityGraph", "LiabilityStore", "LiabilityReports", "LiabilityRender",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "LiabilityInteropTests",
      dependencies: ["LiabilityGraph", "LiabilityInterop", "LiabilityRules"]),
    .testTarget(name: "lgraphTests", dependencies: ["lgraph"]),
    .testTarget(name: "LiabilityFuzzTests", dependencies: ["LiabilityFuzz"]),
  ],
  swiftLanguageModes: [.v6]
)
