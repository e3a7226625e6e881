def config(**options, verbose):
    pass
