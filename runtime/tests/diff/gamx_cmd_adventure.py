"""A cmd.Cmd based dungeon crawler, fed by scripted input streams."""
import cmd
import io
import random
import sys
import textwrap

MAP = {
    "gate": {"desc": "A rusted portcullis stands half open. Torches flicker on the walls of "
                     "the courtyard beyond, casting long shadows across the flagstones.",
             "exits": {"north": "yard"}, "items": ["torch"]},
    "yard": {"desc": "An overgrown courtyard.", "exits": {"south": "gate", "east": "armory", "north": "keep"},
             "items": ["rope"]},
    "armory": {"desc": "Racks of broken spears.", "exits": {"west": "yard"}, "items": ["sword", "shield"]},
    "keep": {"desc": "The dragon sleeps on a heap of coins.", "exits": {"south": "yard"}, "items": ["crown"]},
}


class Dungeon(cmd.Cmd):
    intro = "Welcome to the Keep. Type help or ? to list commands.\n"
    prompt = "(keep) "
    ruler = "-"

    def __init__(self, seed, **kw):
        super().__init__(**kw)
        self.rng = random.Random(seed)
        self.world = {k: {"desc": v["desc"], "exits": dict(v["exits"]), "items": list(v["items"])}
                      for k, v in MAP.items()}
        self.here = "gate"
        self.bag = []
        self.turns = 0
        self.dragon_hp = 12

    def out(self, text=""):
        self.stdout.write(text + "\n")

    # hooks
    def preloop(self):
        self.out("[preloop]")

    def postloop(self):
        self.out(f"[postloop after {self.turns} turns]")

    def precmd(self, line):
        self.turns += 1
        return line if line == "EOF" else line.lower()

    def postcmd(self, stop, line):
        if self.dragon_hp <= 0:
            self.out("The dragon is slain! You win.")
            return True
        return stop

    def emptyline(self):
        self.out("(you wait a moment)")

    def default(self, line):
        self.out(f"The walls echo: {line!r}?")

    # commands
    def do_look(self, arg):
        """look: describe the current room."""
        room = self.world[self.here]
        for line in textwrap.wrap(room["desc"], width=48):
            self.out("  " + line)
        if room["items"]:
            self.out("  Items: " + ", ".join(room["items"]))
        self.out("  Exits: " + ", ".join(sorted(room["exits"])))

    def do_go(self, arg):
        """go <direction>: walk somewhere."""
        dest = self.world[self.here]["exits"].get(arg)
        if dest is None:
            self.out(f"No exit {arg or '(nowhere)'} from here.")
            return
        self.here = dest
        self.out(f"You walk {arg} to the {dest}.")

    def do_take(self, arg):
        items = self.world[self.here]["items"]
        if arg in items:
            items.remove(arg)
            self.bag.append(arg)
            self.out(f"Taken {arg}.")
        else:
            self.out("Nothing like that here.")

    def do_inv(self, arg):
        """inv: show what you carry."""
        self.out("You carry: " + (", ".join(sorted(self.bag)) or "nothing"))

    def do_attack(self, arg):
        if self.here != "keep":
            self.out("There is nothing to attack.")
            return
        hit = self.rng.randint(1, 6) + (3 if "sword" in self.bag else 0)
        self.dragon_hp -= hit
        self.out(f"You strike for {hit}. Dragon hp: {max(self.dragon_hp, 0)}")
        if self.dragon_hp > 0 and "shield" not in self.bag and self.rng.random() < 0.5:
            self.out("The dragon's breath scorches you. You flee!")
            return True

    def help_attack(self):
        self.out("attack: swing at whatever is in front of you.")

    def help_lore(self):
        self.out("Legends say the dragon fears cold steel.")

    def do_quit(self, arg):
        """quit: leave the game."""
        self.out("Bye.")
        return True

    do_EOF = do_quit

    def do_shell(self, arg):
        self.out(f"(shell disabled: {arg})")


script = """look
? 
help go
help attack
help lore
help nothing
go north

take rope
dance
!ls -l
go east
take sword
take shield
inv
go west
go north
attack
attack
attack
attack
attack
"""
game = Dungeon(3, stdin=io.StringIO(script), stdout=sys.stdout)
game.use_rawinput = False
game.cmdloop()
print("lastcmd:", repr(game.lastcmd), "bag:", game.bag)

print("=" * 40)
buf = io.StringIO()
g2 = Dungeon(8, stdin=io.StringIO("go north\ngo north\nattack\nattack\n"), stdout=buf)
g2.use_rawinput = False
g2.cmdloop(intro="Second run")
lines = buf.getvalue().splitlines()
print(len(lines), "lines captured; first:", lines[0], "; last:", lines[-1])
print("\n".join(lines))

print("=" * 40)
g3 = Dungeon(1, stdin=io.StringIO(""))
g3.use_rawinput = False
g3.cmdqueue = ["go north", "go east", "take sword", "inv"]
g3.intro = None
g3.cmdloop()
print(g3.parseline("  go   north  "), g3.parseline("?look"), g3.parseline("!x"), g3.parseline(""))
print(g3.parseline("take-all now"), g3.completenames("g"), sorted(g3.complete_help("l")))
g3.columnize([f"item{i:02d}" for i in range(23)], displaywidth=40)
g3.columnize(["one"])
g3.columnize([])
try:
    g3.columnize(["a", 1, "b", None])
except TypeError as e:
    print("TypeError:", e)
plain = cmd.Cmd(stdin=io.StringIO("help\nfoo bar\n"), stdout=sys.stdout)
plain.use_rawinput = False
plain.cmdqueue = ["help", "help help"]
plain.onecmd("help")
plain.onecmd("frobnicate now")
print(plain.onecmd(""), repr(plain.lastcmd), plain.prompt, cmd.IDENTCHARS[-3:])
sys.exit(0)
