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
        // The Swift runtime and Foundation are linked into the binary: binding their symbols at every start was
        // half of the 7.6 ms `jdalign --help` took (3.0 ms linked in), paid again by every one-JD run. The modules are
        // compiled against the shared Foundation, which names none of the C libraries its static copy needs.
        .executableTarget(
            name: "jdalign", dependencies: ["JDAlignCLI"],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                                           "-l_FoundationCollections", "-lswiftSynchronization"],
                                          .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "JDAlignKitTests", dependencies: ["JDAlignKit"]),
        .testTarget(name: "JDAlignCLITests", dependencies: ["JDAlignCLI", "JDAlignKit"]),
    ],
    swiftLanguageModes: [.v6]
)
