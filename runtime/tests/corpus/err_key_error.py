# Ends with an uncaught KeyError from a config lookup.
config = {"host": "localhost", "port": 8080, "debug": True}
defaults = {"timeout": 30, "retries": 3}
def get(key):
    if key in config:
        return config[key]
    return defaults[key]
for key in ["host", "port", "debug", "timeout", "retries"]:
    print(f"{key} = {get(key)!r}")
print("looking up 'password'...")
print(get("password"))
