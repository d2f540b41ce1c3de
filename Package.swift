// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "followup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "followup", targets: ["followup"]),
        .library(name: "FollowUpKit", targets: ["FollowUpKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        // Only Sources/FollowUpKit/Markdown/CommonMarkConverter.swift imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "FollowUpKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "followup",
            dependencies: [
                "FollowUpKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FollowUpKitTests",
            dependencies: ["FollowUpKit"],
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "FollowUpCLITests",
            dependencies: ["FollowUpKit", "followup"],
            // Read and re-recorded in place from the source tree (see Golden in FollowupRunner.swift), not bundled.
            exclude: ["Golden"]
        ),
    ]
)
