Console.WriteLine("bench: see issue 6");
