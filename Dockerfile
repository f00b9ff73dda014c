# Kompetens.Api container image: build with the SDK, run on the ASP.NET runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props global.json ./
COPY src/Kompetens.GraphQL.Data/Kompetens.GraphQL.Data.csproj src/Kompetens.GraphQL.Data/
COPY src/Kompetens.Api/Kompetens.Api.csproj src/Kompetens.Api/
RUN dotnet restore src/Kompetens.Api/Kompetens.Api.csproj
COPY src/ src/
COPY schema/operations/ schema/operations/
RUN dotnet publish src/Kompetens.Api/Kompetens.Api.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# The aspnet image ships the non-root user "app" (uid 1654).
USER app
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["dotnet", "Kompetens.Api.dll", "health"]
ENTRYPOINT ["dotnet", "Kompetens.Api.dll"]
