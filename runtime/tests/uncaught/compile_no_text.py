# A compiler error under a name that is no file has no source text to show.
compile("return 1", "<s>", "exec")
