import JDAlignCLI

JDAlignCommand.main()
