from ficlens.cli import main

main()
