return PmemSpec.Cli.PmemSpecCli.Run(args, Console.Out, Console.Error);
