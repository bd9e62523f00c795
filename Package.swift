// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "JDAlign",
    products: [
        .library(name: "JDAlignKit", targets: ["JDAlignKit"]),
        .executable(name: "jdalign", targets: ["jdalign"]),
    ],
    targets: [
        // The whole pipeline: Reading → Segmenting → Matching → Coverage → Reporting.
        .target(name: "JDAlignKit"),
        // Our own argument parser and the commands; kept apart so it can be tested without spawning processes.
        .target(name: "JDAlignCLI", dependencies: ["JDAlignKit"]),
        .executableTarget(name: "jdalign", dependencies: ["JDAlignCLI"]),
        .testTarget(name: "JDAlignKitTests", dependencies: ["JDAlignKit"]),
        .testTarget(name: "JDAlignCLITests", dependencies: ["JDAlignCLI", "JDAlignKit"]),
    ],
    swiftLanguageModes: [.v6]
)
