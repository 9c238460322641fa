from regelsyn.cli import main

main()
