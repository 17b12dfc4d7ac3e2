import PackagePlugin

/// Embeds the default rule pack (`Rules/default.rules.yaml` of the target) into the target's code,
/// so the `legal-timeline` binary finds its rules wherever it runs, with no resource bundle beside it.
@main
struct EmbedRulePackPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let input = target.directoryURL.appending(path: "Rules/default.rules.yaml")
    let output = context.pluginWorkDirectoryURL.appending(path: "DefaultRulePack+Embedded.swift")
    return [
      .buildCommand(
        displayName: "Embedding the default rule pack",
        executable: try context.tool(named: "RulePackEmbedder").url,
        arguments: [input.path(), output.path()],
        inputFiles: [input],
        outputFiles: [output]
      )
    ]
  }
}
