using System.CommandLine;

var root = new RootCommand("Dyad: reads news articles about relations between states and gives back a sourced record.");
return root.Parse(args).Invoke();
