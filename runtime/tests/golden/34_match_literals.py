match command:
    case "quit":
        quit()
    case 1 | 2:
        one_or_two()
    case None:
        nothing()
    case other:
        print(other)
