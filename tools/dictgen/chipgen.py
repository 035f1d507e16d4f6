def generate(data, Entry):
    return []
